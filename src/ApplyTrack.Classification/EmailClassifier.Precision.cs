using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification;

/// <summary>
/// Guards for job-event precision (issue 9). A forward is read as the message it forwards, so a friend forwarding their
/// own interview invitation or the reader sharing an offer with family reads as the reader's own job event; the short
/// note above it says whose news it is (<see cref="Cues.NoteSharesOwnNews"/>), where an agency's note speaks to the
/// candidate. A nursery's intake talk, a conference's "we are unable to offer you a slot", a journal's decision, a
/// tender's outcome, a club's tryout or a study's screening interview carry the words of a job event and name no job
/// (<see cref="Cues.AboutANonJobOpportunity"/>). The reader's own short reply under an employer's subject ("Friday at
/// 10 is fine, see you then") reads like the invitation it answers (<see cref="Cues.ReplyInTheReadersWords"/>). A course
/// on sale "for your next interview" (<see cref="Cues.SellsJobSearchSkills"/>) and a job board's reminder of an
/// application never sent (<see cref="Cues.UnsentApplication"/>) talk about a job event that is nobody's. All run only
/// once the model has chosen a job event.
/// </summary>
public sealed partial class EmailClassifier
{
    /// <summary>True when the mail is someone's shared news or about something that is not a job (the later guards then keep off).</summary>
    private static bool FollowPrecisionFamilies(EmailFeatures features, Dictionary<string, double> p, List<string> reasons)
    {
        var sharesOwnNews = features.Text.IsForwarded && Cues.NoteSharesOwnNews(features.Text.ForwardNote);
        if (Top(p).Label == EmailLabels.None)
        {
            // Everyday mail stays on the fast path; only a forward's note (already read) keeps the later guards off it.
            return sharesOwnNews;
        }

        if (sharesOwnNews)
        {
            // However sure the model is: it read the forwarded message, which is a job event, for someone.
            return Decided(p, reasons, EmailEvents.NotJob, "a forward that shares someone's own news (a friend's, or yours to family), not an employer writing to you");
        }

        if (features.AtsVendor is null && !Cues.FromARecruitingMailbox(features.Text.Sender) && Cues.AboutANonJobOpportunity(features.MaskedSubject, features.MaskedBody))
        {
            // However sure the model is: "a second session with the squad" is an invitation in every word but one.
            return Decided(p, reasons, EmailEvents.NotJob, "a place, a slot, a paper or a tryout that is not a job (nursery, conference, journal, tender, club, study)");
        }

        if (features.IsBulk && !features.Has(Cues.Received) && Cues.SellsJobSearchSkills(features.MaskedSubject, features.MaskedBody))
        {
            // However sure the model is: a course "for your next interview" at 30 % off talks about interviews, holds none.
            return Decided(p, reasons, EmailEvents.Marketing, "a course, coaching or a CV service on sale, about job-search skills: marketing, not your job event");
        }

        if (!features.Has(Cues.Received) && Cues.UnsentApplication(features.MaskedSubject, features.MaskedBody))
        {
            // However sure the model is: an application never sent reached no employer.
            return Decided(p, reasons, EmailEvents.JobAlert, "a job board's reminder of an application you started and never sent: nothing reached an employer");
        }

        if (FollowOtherRoleFamilies(features, p, reasons) || FollowAlertFamilies(features, p, reasons) ||
            FollowOthersNewsFamilies(features, p, reasons) || FollowWorkplaceFamilies(features, p, reasons))
        {
            return true;
        }

        if (features.ToAnOrganisation && features.AtsVendor is null && !features.IsBulk && Cues.ReplyInTheReadersWords(features.Text.Subject, features.Text.Body))
        {
            // However sure the model is: "Friday at 10 is fine" reads like the invitation it answers.
            return Decided(p, reasons, EmailEvents.NotJob, "a short reply in your own words (a time accepted, interest confirmed, a document sent), not news from an employer");
        }

        if (WrittenAsTheCandidate(features))
        {
            // However sure the model is: "I am available for interview" in a cover letter reads like the invitation it asks for.
            return Decided(p, reasons, EmailEvents.NotJob, "a letter in your own voice (an application, an acceptance, a withdrawal, a follow-up), not news from an employer");
        }

        return false;
    }

    /// <summary>
    /// The reader's own letter to an employer, a recruiter or a referee (<see cref="Cues.LetterInTheReadersWords"/>): one
    /// person writing, so not bulk, not a recruiting system and not from a recruiting mailbox (a letter may well go to
    /// "jobs@" or "hr@"); a forward counts only when its note is not an employer's.
    /// </summary>
    private static bool WrittenAsTheCandidate(EmailFeatures features) =>
        features.AtsVendor is null && !features.IsBulk && !Cues.FromARecruitingMailbox(features.Text.Sender) &&
        !(features.Text.IsForwarded && Cues.InAnEmployersVoice(features.Text.ForwardNote)) && Cues.LetterInTheReadersWords(features.Text.Body);

    /// <summary>Moves every job event's probability to <paramref name="target"/>, saying why if that changed anything; true (the family decided).</summary>
    private static bool Decided(Dictionary<string, double> p, List<string> reasons, string target, string reason)
    {
        if (MoveJobEventsTo(p, target))
        {
            reasons.Add(reason);
        }

        return true;
    }
}
