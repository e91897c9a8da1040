using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification;

/// <summary>
/// Guards for job mail written in plain words (issue 9, recall). The bag of words hears a warm decline that thanks for
/// the application as a receipt, a bookshop's "we'd love you to join us, $17/hour, staff discount" as marketing, an
/// agency's forward of a manager's "I'd like to meet you" as everyday mail, and a receipt that says when interviews
/// will be held as an invitation. Each guard needs a phrase family that says the decision (<see cref="Cues.Declined"/>,
/// <see cref="Cues.HiringDecision"/>, <see cref="Cues.ComeMeet"/>, <see cref="Cues.LaterInterviews"/>) and moves only
/// the label the model chose, up to a confidence per case.
/// </summary>
public sealed partial class EmailClassifier
{
    /// <summary>Up to which confidence in a receipt a decline's decision overrules it.</summary>
    private const double DeclineOverrulesReceipt = 0.95;

    /// <summary>Up to which confidence in an invitation, an offer or (unless the subject is about an application) everyday mail a decline's decision overrules it.</summary>
    private const double DeclineOverrulesEvent = 0.8;

    /// <summary>Up to which confidence in a rejection or an offer a receipt phrase with no decision in it decides.</summary>
    private const double ReceiptOverrules = 0.8;

    /// <summary>Up to which confidence in an invitation a receipt that only announces interviews decides.</summary>
    private const double LaterInterviewsOverrule = 0.95;

    /// <summary>Up to which confidence in another job event (or, from a team, in everyday mail) a hiring decision decides.</summary>
    private const double HiringDecisionOverrules = 0.9;

    /// <summary>Up to which confidence in everyday mail an invitation to come and meet, in a job context, decides.</summary>
    private const double ComeMeetOverrulesEveryday = 0.9;

    /// <summary>Up to which confidence in a receipt (or a rejection or an offer without their words) an invitation to come and meet decides.</summary>
    private const double ComeMeetOverrulesReceipt = 0.8;

    private static void FollowPlainWords(EmailFeatures features, Dictionary<string, double> p, List<string> reasons, bool jobContext)
    {
        // Someone else's job, a flat or a course, a blast or the job the reader already has: the other guards' ground.
        if (features.IsBlast || features.Has(Cues.OtherApplication) || features.Has(Cues.OtherRole) || features.Has(Cues.CurrentJob))
        {
            return;
        }

        // Everyday mail nobody wrote to this reader about a job is left alone without reading it again (the fast path).
        if (!jobContext && !features.IsPersonSender && !features.Has(Cues.Received) && !Cues.NamesASelectionProcedure(features.MaskedSubject))
        {
            return;
        }

        var plain = Cues.PlainWordSignals(features.MaskedSubject, features.MaskedBody);
        if (plain.Count == 0)
        {
            return;
        }

        // A receipt phrase says an application was made, even where no word of a job follows ("thanks for applying to tutor").
        var applied = jobContext || features.Has(Cues.Received) || plain.Contains(Cues.PlainReceipt);
        if (FollowDecline(features, plain, p, applied))
        {
            reasons.Add("a decision not to go ahead with you, in plain words");
        }
        else if (FollowHiringDecision(features, plain, p, jobContext))
        {
            reasons.Add("a hiring decision in plain words (start date, joining, pay)");
        }
        // "Saw your application" and "before we make a final decision" are a job's, said by a person who names none.
        else if (FollowComeMeet(features, plain, p, applied || Cues.NamesASelectionProcedure(features.MaskedSubject) || Cues.NamesASelectionProcedure(features.MaskedBody) ||
                                AsksAboutTheReadersApplication(features)))
        {
            reasons.Add("asks you to come and meet, or to a test or a trial, about a job");
        }
        else if (FollowPlainReceipt(features, plain, p, jobContext))
        {
            reasons.Add("a receipt with no decision and no invitation in it");
        }
    }

    /// <summary>
    /// "Thank you for applying … we've filled this position", "your resume was not selected for the next round", "die
    /// Stelle ist schon vergeben": the decision decides over a receipt, everyday mail, or an unsure invitation or offer.
    /// </summary>
    private static bool FollowDecline(EmailFeatures features, IReadOnlySet<string> plain, Dictionary<string, double> p, bool applicationContext)
    {
        if (!plain.Contains(Cues.Declined) || !applicationContext || plain.Contains(Cues.HiringDecision) || features.Has(Cues.Offer))
        {
            return false;
        }

        var (top, confidence) = Top(p);
        var overrules = top switch
        {
            // Everyday mail the model is sure of: only where a preferences footer made it hear marketing and the subject is
            // about an application ("Your application for …": an ATS's decline); a course's or a grant's "not selected"
            // the model read as everyday mail stays so.
            EmailLabels.None => confidence < DeclineOverrulesEvent ||
                                p[EmailEvents.Marketing] >= p[EmailEvents.NotJob] &&
                                (features.SubjectCues.Any(c => c.Signal == Cues.JobContext) || Cues.SubjectIsAboutAnApplication(features.MaskedSubject)),
            EmailLabels.Applied => confidence < DeclineOverrulesReceipt,
            EmailLabels.Interviewing => confidence < DeclineOverrulesEvent && !features.Has(Cues.Scheduling) && !plain.Contains(Cues.ComeMeet),
            EmailLabels.Offer => confidence < DeclineOverrulesEvent,
            _ => false,
        };
        return overrules && MoveLabelTo(p, top, EmailEvents.Rejection);
    }

    /// <summary>
    /// "We'd love you to join us as a bookseller, $17/hour", "kannst du ab dem 1. anfangen, 14 € die Stunde", "we willen je
    /// graag aannemen": a hiring decision with pay or a job in it, from someone writing to the reader (not a newsletter).
    /// </summary>
    private static bool FollowHiringDecision(EmailFeatures features, IReadOnlySet<string> plain, Dictionary<string, double> p, bool jobContext)
    {
        var pay = plain.Contains(Cues.PayTerms);
        if (!plain.Contains(Cues.HiringDecision) || features.IsBulk || !(jobContext || pay) ||
            !(pay || features.Has(Cues.Offer) || features.IsPersonSender || features.IsPersonalNote) ||
            features.Has(Cues.Rejection) || plain.Contains(Cues.Declined))
        {
            return false;
        }

        var (top, confidence) = Top(p);
        var overrules = top switch
        {
            EmailLabels.Offer => false,
            // A person writing with pay and a start: however much it reads like a sale ("staff discount").
            EmailLabels.None => confidence < HiringDecisionOverrules || features.IsPersonSender && plain.Contains(Cues.PayTerms) && jobContext,
            _ => confidence < HiringDecisionOverrules,
        };
        return overrules && MoveLabelTo(p, top, EmailEvents.Offer);
    }

    /// <summary>
    /// An agency forwarding the workshop manager's "Friday at 8, bring overalls", "can you come in on Monday at 5?", a
    /// campus visit, a trial lecture, the oral part of a selection, an aptitude test: an invitation about a job that
    /// names no interview in an applicant-tracking system's words. Not a receipt that says when interviews will be held.
    /// </summary>
    private static bool FollowComeMeet(EmailFeatures features, IReadOnlySet<string> plain, Dictionary<string, double> p, bool applicationContext)
    {
        // A test to do that asks when it will come back ("zou je de vertaling binnen een week willen terugsturen?") counts too.
        var invited = plain.Contains(Cues.ComeMeet) || features.Has(Cues.Assessment) && AsksTheReader(features);
        if (!invited || !applicationContext || features.IsBulk || features.Has(Cues.Rejection) || plain.Contains(Cues.Declined) ||
            features.Has(Cues.Offer) || plain.Contains(Cues.HiringDecision) || plain.Contains(Cues.LaterInterviews) && !AsksTheReader(features))
        {
            return false;
        }

        var (top, confidence) = Top(p);
        var overrules = top switch
        {
            EmailLabels.None => confidence < ComeMeetOverrulesEveryday,
            // No word of a decline or an offer is in it (checked above): the model's lean to either is its bag of words.
            EmailLabels.Applied or EmailLabels.Rejected or EmailLabels.Offer => confidence < ComeMeetOverrulesReceipt,
            _ => false,
        };
        var target = features.Has(Cues.Assessment) ? EmailEvents.Assessment : EmailEvents.InterviewInvite;
        return overrules && MoveLabelTo(p, top, target);
    }

    /// <summary>
    /// "Ihre Bewerbung ist bei uns eingelangt; Frau Gruber meldet sich nächste Woche", "got your application, I'll set up
    /// quick chats this week": a receipt phrase with no decline, no offer and no invitation of the reader's own is a
    /// receipt, where the model leaned to a rejection or an offer without conviction, or to an invitation because the
    /// receipt says when interviews will be held, or to everyday mail without conviction.
    /// </summary>
    private static bool FollowPlainReceipt(EmailFeatures features, IReadOnlySet<string> plain, Dictionary<string, double> p, bool jobContext)
    {
        if (!(features.Has(Cues.Received) || plain.Contains(Cues.PlainReceipt)) || plain.Contains(Cues.ComeMeet) && !plain.Contains(Cues.LaterInterviews) || features.Has(Cues.Rejection) || plain.Contains(Cues.Declined) || features.Has(Cues.Offer) ||
            plain.Contains(Cues.HiringDecision))
        {
            return false;
        }

        var (top, confidence) = Top(p);
        var overrules = top switch
        {
            EmailLabels.Rejected or EmailLabels.Offer => confidence < ReceiptOverrules,
            // "Je brief is goed binnengekomen" about a job, where the model leaned to everyday mail without conviction.
            EmailLabels.None => jobContext && confidence < UnsureEverydayMass,
            EmailLabels.Interviewing => plain.Contains(Cues.LaterInterviews) && !AsksTheReader(features) && !features.Has(Cues.Scheduling) &&
                                        confidence < LaterInterviewsOverrule,
            _ => false,
        };
        return overrules && MoveLabelTo(p, top, EmailEvents.ApplicationReceived);
    }

    /// <summary>
    /// "Wir freuen uns, Ihnen einen Ausbildungsplatz als Elektronikerin anbieten zu können", "we'd like to offer you a place
    /// on our electrical apprenticeship": an apprenticeship is a job, however sure the bag of words is that a place offered
    /// is a nursery's or a course's; over a receipt or an invitation (the trial day it follows) the model is not sure of,
    /// the offer decides too. Not in a mass mailing, not with a no or an offer withdrawn, not someone else's.
    /// </summary>
    private static void FollowApprenticeshipOffer(EmailFeatures features, Dictionary<string, double> p, List<string> reasons)
    {
        var (top, confidence) = Top(p);
        if (features.IsBulk || features.Has(Cues.Rejection) || features.Has(Cues.OfferWithdrawn) || features.Has(Cues.OtherRole) ||
            !(top == EmailLabels.None || top is EmailLabels.Applied or EmailLabels.Interviewing && confidence < HiringDecisionOverrules) ||
            !Cues.OffersAnApprenticeship(features.MaskedSubject, features.MaskedBody))
        {
            return;
        }

        if (MoveLabelTo(p, top, EmailEvents.Offer))
        {
            reasons.Add("an apprenticeship place offered to you: a job offer");
        }
    }

    /// <summary>Moves every event of <paramref name="label"/> to <paramref name="target"/>; true when that changed the label.</summary>
    private static bool MoveLabelTo(Dictionary<string, double> p, string label, string target)
    {
        foreach (var e in EmailEvents.All.Where(e => EmailEvents.LabelOf(e) == label && e != target))
        {
            Move(p, e, target);
        }

        return EmailEvents.LabelOf(target) != label;
    }
}
