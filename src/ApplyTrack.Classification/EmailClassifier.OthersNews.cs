using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification;

/// <summary>
/// Job events that are someone else's or nobody's (issue 9): family and friends telling the reader about their own
/// interview, offer or no (<see cref="Cues.WritersOwnJobNews"/>), and an agency's rate sheet of assignments sent to its
/// whole list (<see cref="Cues.ListsManyRates"/>), and an agency's mailing that promises many openings and asks for a CV to match
/// (<see cref="Cues.OffersToMatchTheReaderToManyRoles"/>). Runs from <see cref="FollowPrecisionFamilies"/>, once the model has
/// chosen a job event.
/// </summary>
public sealed partial class EmailClassifier
{
    /// <summary>True when one of the families decided (the later guards then keep off).</summary>
    private static bool FollowOthersNewsFamilies(EmailFeatures features, Dictionary<string, double> p, List<string> reasons)
    {
        if (features.AtsVendor is not null || Cues.FromARecruitingMailbox(features.Text.Sender))
        {
            return false;
        }

        // However sure the model is: "I got the job!" is an offer in every word, to the writer.
        if (!features.IsBulk && Cues.WritersOwnJobNews(features.MaskedSubject, features.MaskedBody))
        {
            return Decided(p, reasons, EmailEvents.NotJob, "someone telling you about their own interview, offer or no (family, a friend), not your application");
        }

        if ((features.IsBulk || features.Has(Cues.AgencyBlast)) && Cues.ListsManyRates(features.MaskedBody))
        {
            return Decided(p, reasons, EmailEvents.JobAlert, "an agency's list of assignments and their rates sent to many, not an offer to you");
        }

        // However sure the model is: "a number of exciting opportunities, send your CV and we'll match you" names no job.
        // "The next step in your career" is the mailing's own phrase, so only a receipt, an offer or a no keeps it off.
        if (features.IsBulk && !features.Has(Cues.Received) && !features.Has(Cues.Offer) && !features.Has(Cues.Rejection) &&
            Cues.OffersToMatchTheReaderToManyRoles(features.MaskedSubject, features.MaskedBody))
        {
            return Decided(p, reasons, EmailEvents.JobAlert, "an agency's mailing: many openings and your CV to be matched, no one job named");
        }

        return false;
    }
}
