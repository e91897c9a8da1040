using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification;

/// <summary>
/// The reader's current employer about the job they already have (issue 9; <see cref="Cues.AboutTheJobTheReaderHas"/>):
/// an exit or return-to-work interview, a disciplinary hearing, a probation review, extra shifts, a contract not renewed,
/// a leave request turned down. The model hears an invitation, an offer or a no. Runs only once the model has chosen a
/// job event, from <see cref="FollowPrecisionFamilies"/>.
/// </summary>
public sealed partial class EmailClassifier
{
    /// <summary>True when the mail is about the job the reader has, and nothing in it is an application's (the later guards then keep off).</summary>
    private static bool FollowWorkplaceFamilies(EmailFeatures features, Dictionary<string, double> p, List<string> reasons)
    {
        // A refusal is the family's own ("we are unable to approve your leave request"), so a rejection phrase does not
        // keep it off; a receipt and an offer of a position do ("thank you for applying", "your start date").
        if (features.Has(Cues.Received) || Cues.OffersAPosition(features.MaskedSubject, features.MaskedBody) ||
            !Cues.AboutTheJobTheReaderHas(features.MaskedSubject, features.MaskedBody))
        {
            return false;
        }

        // However sure the model is: "your exit interview" and "your leave request has been declined" name no application.
        return Decided(p, reasons, EmailEvents.NotJob,
            "your employer about the job you have (an exit, return-to-work or disciplinary meeting, a review, extra shifts, a contract, a leave request): not an application");
    }
}
