using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification;

/// <summary>
/// Everyday mail that talks like job mail (issue 9, job-event precision): a staff list's HR notice ("the offer letter
/// template was updated", open enrolment), a job board's notice about the reader's profile ("3 recruiters viewed your
/// CV"), a careers portal's account code, a careers newsletter ("Absage bekommen? So geht es weiter"), a declined card
/// payment, and a salary survey. Each runs only once the model has chosen a job event,
/// from <see cref="FollowPrecisionFamilies"/>.
/// </summary>
public sealed partial class EmailClassifier
{
    /// <summary>True when one of the families decided (the later guards then keep off).</summary>
    private static bool FollowAlertFamilies(EmailFeatures features, Dictionary<string, double> p, List<string> reasons)
    {
        // However sure the model is: an employer writes to a candidate, not to "all-staff@" or "hiring-managers@".
        if (features.ToAGroupMailbox)
        {
            return Decided(p, reasons, EmailEvents.NotJob, "sent to a staff or department list, not to you: no news about your application");
        }

        if (NoApplicationEvent(features) &&
            (Cues.ProfileActivity(features.MaskedSubject, features.MaskedBody) ||
             !AnInvitation(features) && Cues.ProfileToComplete(features.MaskedSubject, features.MaskedBody)))
        {
            return Decided(p, reasons, EmailEvents.JobAlert, "a job board's notice about your profile (views, searches, completeness), not about one application");
        }

        if (NoApplicationEvent(features) && !AnInvitation(features) && Cues.AccountNotice(features.MaskedSubject, features.MaskedBody))
        {
            return Decided(p, reasons, EmailEvents.NotJob, "a careers portal's account mail (a code, an address to verify), not about an application");
        }

        // However sure the model is: "rejected after the final round? here's what to do" is a headline, not a decision.
        if (features.IsBulk && features.AtsVendor is null && !features.Has(Cues.Received) && !features.Has(Cues.Viewed) &&
            Cues.CareersAdvice(features.MaskedSubject, features.MaskedBody))
        {
            return Decided(p, reasons, EmailEvents.Marketing, "a careers newsletter or a review request: interviews and rejections as topics, not your application");
        }

        if (!features.Has(Cues.Received) && !AnInvitation(features) && !Cues.NamesAJob(features.MaskedSubject) && !Cues.NamesAJob(features.MaskedBody) &&
            Cues.PaymentNotice(features.MaskedSubject, features.MaskedBody))
        {
            return Decided(p, reasons, EmailEvents.NotJob, "a shop's order or a card payment that did not go through, not an application turned down");
        }

        // Salary figures are an offer's words, so the offer phrases do not count here; offering a position does.
        if (!features.Has(Cues.Received) && !features.Has(Cues.Rejection) && !AnInvitation(features) &&
            !Cues.OffersAPosition(features.MaskedSubject, features.MaskedBody) &&
            Cues.SalarySurvey(features.MaskedSubject, features.MaskedBody))
        {
            return Decided(p, reasons, features.IsBulk ? EmailEvents.Marketing : EmailEvents.NotJob, "a salary survey or benchmark: everyone's pay, not an offer to you");
        }

        return false;
    }

    /// <summary>No phrase only mail about one's own application carries: a receipt, a view of it, a test, a next round, an offer, a no.</summary>
    private static bool NoApplicationEvent(EmailFeatures features) =>
        !features.Has(Cues.Received) && !features.Has(Cues.Viewed) && !features.Has(Cues.Assessment) && !features.Has(Cues.NextRound) &&
        !features.Has(Cues.Offer) && !features.Has(Cues.Rejection);

    private static bool AnInvitation(EmailFeatures features) =>
        features.Has(Cues.Interview) || features.Has(Cues.PersonalInvite) || features.Has(Cues.Scheduling);
}
