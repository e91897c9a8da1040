using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification;

/// <summary>
/// Job mail in which the reader is not the candidate (issue 9; <see cref="Cues.ReaderIsOnTheHiringSide"/>,
/// <see cref="Cues.TalkAboutTheReaderWithoutAJob"/>). The phrase-level other-role guard in <c>ApplyGuards</c> yields to a model
/// that is 80 % sure, because "journalist" or "podcast" can be the job applied for; these phrases name the reader's part
/// (interviewer, hiring manager, referee, the business in the paper) and decide however sure the model is.
/// </summary>
public sealed partial class EmailClassifier
{
    /// <summary>True when the reader interviews, hires or vouches for someone, or the press, a survey or an advice seeker wants to talk to them.</summary>
    private static bool FollowOtherRoleFamilies(EmailFeatures features, Dictionary<string, double> p, List<string> reasons)
    {
        // A decision or an offer is the reader's own, whatever else the mail says ("we've given your name as a referee"
        // does not come with "we are pleased to offer you").
        if (features.Has(Cues.Offer) || features.Has(Cues.Rejection))
        {
            return false;
        }

        if (Cues.ReaderIsOnTheHiringSide(features.MaskedSubject, features.MaskedBody))
        {
            return Decided(p, reasons, EmailEvents.NotJob, "you interview, hire or vouch for someone (a panel, your vacancy, a reference): not your application");
        }

        if (features.AtsVendor is null && !features.Has(Cues.Received) && Cues.TalkAboutTheReaderWithoutAJob(features.MaskedSubject, features.MaskedBody))
        {
            return Decided(p, reasons, EmailEvents.NotJob,
                "the press, a survey or someone seeking advice about your business, habits or work, with no job named: not an interview for a job");
        }

        return false;
    }
}
