using System.Globalization;
using System.Reflection;
using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification;

/// <summary>
/// Decides what one email means for a job application: the trained model weighs the text, then a few documented
/// rules guard the decisions the model is worst placed to make, and the extractors name company, role and round.
/// Thread-safe; load once and share.
/// </summary>
public sealed partial class EmailClassifier
{
    internal const string DefaultResourceName = "ApplyTrack.Classification.email-classifier.zip";

    /// <summary>Above this share for everyday mail the model is sure enough that phrases do not overrule it.</summary>
    private const double UnsureEverydayMass = 0.75;

    private static readonly Lazy<EmailClassifier> Default = new(LoadEmbedded);

    private readonly EventModel _model;

    private EmailClassifier(ModelManifest manifest, EventModel model)
    {
        Manifest = manifest;
        _model = model;
    }

    public ModelManifest Manifest { get; }

    /// <summary>The trained model behind the guards (for the benchmark's and the tests' equality checks).</summary>
    internal EventModel Model => _model;

    /// <summary>The model shipped inside this library; loaded once per process.</summary>
    public static EmailClassifier LoadDefault() => Default.Value;

    public static EmailClassifier Load(Stream modelArtifact)
    {
        // Reading the model's tables takes a fifth of a second; building the phrase automata, the extractors'
        // expressions and compiling the code that runs them takes seconds, and splits in two: the phrase automata and
        // the reading of an email on another core, the extractors here once the model is read. On two idle cores the
        // first email then waits for neither half.
        var reading = Task.Run(() => Prepare(WarmUpEmail));
        var (manifest, model) = ModelArtifact.Read(modelArtifact);
        PrepareExtraction();
        // The scorer's first email builds its per-thread buffers; done here, not on a caller's email.
        var classifier = new EmailClassifier(manifest, model);
        model.Predict(reading.Result);
        return classifier;
    }

    private static readonly EmailInput WarmUpEmail = new(
        "Dana Reyes <dana@example.com>", "you@example.com", "Interview for the Data Analyst role",
        "Hi Sam,\nThank you for applying. We would like to invite you to an interview for the Data Analyst position at Acme.", null);

    /// <summary>
    /// Every step of reading an email but the model and the extractors, for its side effects (expressions built, code
    /// compiled); returns the model's input, which warms the scorer once the model is loaded.
    /// </summary>
    private static EventModelInput Prepare(EmailInput email)
    {
        var features = EmailFeatures.Of(email);
        _ = features.IsPersonalNote;
        return features.ToModelInput();
    }

    /// <summary>
    /// The extractors' expressions built, and those the warm-up email reaches compiled (without the phrase automata).
    /// Only one email: compiling every pattern up front (warm-up emails down the extractors' longer paths were tried)
    /// cost a one-email run a second more CPU than the first job email's own compiling saved.
    /// </summary>
    private static void PrepareExtraction()
    {
        var text = MailTextReader.Read(WarmUpEmail);
        CompanyAndRole.Extract(text, WarmUpEmail.To);
        RoundNote.For(EmailEvents.InterviewInvite, text.Subject, text.Body);
    }

    internal static EmailClassifier FromModel(ModelManifest manifest, EventModel model) => new(manifest, model);

    /// <summary>
    /// A cascade: mail with no word of a job in it (most of a real inbox) is everyday mail at the cost of reading it
    /// (<see cref="EverydayPath"/>); the rest goes through the phrase cues, the model, the guards and the extractors.
    /// </summary>
    public EmailClassification Classify(EmailInput email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var text = MailTextReader.Read(email);
        if (IsEmpty(text))
        {
            return NothingToRead;
        }

        if (EverydayPath.HoldsNoJobWord(text, EmailFeatures.VendorOf(text)))
        {
            var withoutCues = EmailFeatures.WithoutCues(email, text);
            var scores = FirstStage(withoutCues);
            return EverydayPath.IsSure(scores) ? Everyday(text, scores) : ClassifyRead(email, withoutCues.WithCues());
        }

        return ClassifyRead(email, EmailFeatures.Of(email, text));
    }

    /// <summary>The model's scores without the phrase cues: the cascade's first stage (in <see cref="EmailEvents.All"/> order).</summary>
    internal float[] FirstStage(EmailFeatures withoutCues) => _model.Predict(withoutCues.ToModelInput());

    /// <summary>The full path for every email, the cheap everyday path never taken (for the benchmark's and the tests' comparisons).</summary>
    internal EmailClassification ClassifyWithoutCascade(EmailInput email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var features = EmailFeatures.Of(email);
        return IsEmpty(features.Text) ? NothingToRead : ClassifyRead(email, features);
    }

    private static bool IsEmpty(MailText text) => text.Subject.Length == 0 && text.Body.Length == 0;

    private static readonly EmailClassification NothingToRead =
        new(EmailLabels.None, EmailEvents.NotJob, 1.0, null, null, null, ["nothing to read: no subject and no body"]);

    /// <summary>The cheap path's answer: everyday mail, its likeliest everyday event, and what a forward read as (as the full path gives it).</summary>
    private static EmailClassification Everyday(MailText text, float[] scores)
    {
        var (@event, confidence) = EverydayPath.EventOf(scores);
        return new EmailClassification(EmailLabels.None, @event, Math.Round(Math.Clamp(confidence, 0, 1), 4), null, null, null, [EverydayPath.Reason])
        {
            Forwarded = ForwardedOf(text),
        };
    }

    private EmailClassification ClassifyRead(EmailInput email, EmailFeatures features)
    {
        var reasons = new List<string>();
        var probabilities = Probabilities(features, reasons);
        return Decide(email, features, probabilities, reasons);
    }

    /// <summary>Each event's probability after the guards; <paramref name="reasons"/> collects the guards' explanations.</summary>
    internal Dictionary<string, double> Probabilities(EmailFeatures features, List<string> reasons) =>
        Guarded(features, _model.Predict(features.ToModelInput()), reasons);

    /// <summary>The guards applied to a model's scores (in <see cref="EmailEvents.All"/> order).</summary>
    internal static Dictionary<string, double> Guarded(EmailFeatures features, float[] scores, List<string> reasons)
    {
        var probabilities = EmailEvents.All.Select((e, i) => (Event: e, P: (double)scores[i])).ToDictionary(x => x.Event, x => x.P);
        ApplyGuards(features, probabilities, reasons);
        return probabilities;
    }

    /// <summary>The label with the most probability, its likeliest event, and the company, role and round of a job email.</summary>
    internal static EmailClassification Decide(EmailInput email, EmailFeatures features, Dictionary<string, double> probabilities, List<string> reasons)
    {
        var label = EmailLabels.All.MaxBy(l => LabelProbability(probabilities, l))!;
        var @event = EmailEvents.All.Where(e => EmailEvents.LabelOf(e) == label).MaxBy(e => probabilities[e])!;
        var confidence = Math.Clamp(LabelProbability(probabilities, label), 0, 1);

        string? company = null, role = null, note = null;
        if (label != EmailLabels.None)
        {
            (company, role) = CompanyAndRole.Extract(features.Text, email.To);
            note = RoundNote.For(@event, features.MaskedSubject, features.MaskedBody);
        }

        reasons.InsertRange(0, Explain(features, @event, confidence));
        return new EmailClassification(label, @event, Math.Round(confidence, 4), company, role, note, reasons.Distinct().Take(5).ToList())
        {
            Forwarded = ForwardedOf(features.Text),
        };
    }

    private static ForwardedMessage? ForwardedOf(MailText text) =>
        text.IsForwarded ? new ForwardedMessage(text.Sender.Address is { Length: > 0 } address ? address : null, text.ForwardedSubject, text.ForwardedDate) : null;

    /// <summary>
    /// Rules for what a bag of words gets wrong. Each moves probability mass, so the confidence stays honest:
    /// an "offer" with no word of a job in it is marketing; a receipt for a flat, a card, a course or a visa is no
    /// job application; a digest of openings that says nothing about one application is a job alert.
    /// </summary>
    private static void ApplyGuards(EmailFeatures features, Dictionary<string, double> p, List<string> reasons)
    {
        var jobContext = features.Has(Cues.JobContext) || features.AtsVendor is not null;
        // A person writing "we'd love you to join us" or "the contract is ready to sign" need not say "job", nor a small
        // employer naming pay, a start and a contract ("On te prend en CDI à partir du 14", "Base: £118k, Start: 1 October"):
        // read only here, after the cheaper checks, so mail the model does not hear as an offer never pays for it.
        if (!jobContext && !features.IsPersonalNote && p[EmailEvents.Offer] > 0.2 && !Cues.OffersPaidWork(features.MaskedSubject, features.MaskedBody))
        {
            // A public employer's "não foi selecionado(a)" for a post in its competition, a small employer's "não te posso
            // contratar agora": a no about a post in words the job-context cue does not know is no sale.
            if (SaysNoToAPost(features))
            {
                Move(p, EmailEvents.Offer, EmailEvents.Rejection);
                reasons.Add("a no about a post (not selected for it, a hire taken back) in words the job-context cue does not know: a rejection");
            }
            else
            {
                Move(p, EmailEvents.Offer, EmailEvents.Marketing);
                reasons.Add("'offer' without any mention of a job: treated as marketing");
            }
        }

        // "I'd love to have a chat — coffee on Saturday?" from a friend: an invitation to talk that never mentions a job,
        // a role, an application, an interview, a test or a next round (subject included, no recruiting system behind it)
        // is everyday mail unless the model is sure. A recruiter's reply that says only "shall we talk Tuesday?" still
        // carries the job in its subject or its quoted thread, and "can you start Monday? $15 an hour" offers paid work.
        if (!jobContext && !features.Has(Cues.Received) && !features.Has(Cues.Interview) && !features.Has(Cues.InterviewMention) &&
            !features.Has(Cues.Assessment) && !features.Has(Cues.NextRound) &&
            p[EmailEvents.InterviewInvite] + p[EmailEvents.RecruiterOutreach] > 0.2 &&
            LabelProbability(p, EmailLabels.Interviewing) < InvitationWithoutAJobOverrules &&
            !Cues.HiresTheReader(features.MaskedSubject, features.MaskedBody) && !Cues.OffersPaidWork(features.MaskedSubject, features.MaskedBody) &&
            !AsksAboutTheReadersApplication(features) && MoveJobEventsTo(p, EmailEvents.NotJob))
        {
            reasons.Add("an invitation to talk without any mention of a job: everyday mail");
        }

        // "Head of Admissions", "Coordinador de Voluntariado", a lease to translate, a farm's offer with the flat above the
        // barn: a job mail can carry the words of a flat, a course or a charity and none of the job-context words.
        if (features.Has(Cues.OtherApplication) && !jobContext && !NamesTheReadersJob(features) && MoveJobEventsTo(p, EmailEvents.NotJob))
        {
            reasons.Add("application for housing, credit, study or a visa, not a job");
        }

        // Only a digest's subject says so: rejections too invite one to "sign up for job alerts".
        if (features.SubjectCues.Any(c => c.Signal == Cues.JobAlert) && !SpecificJobEvidence(features) &&
            MoveJobEventsTo(p, EmailEvents.JobAlert))
        {
            reasons.Add("job-alert digest wording and no word about one application");
        }

        // The product's line between outreach and mass mail: a blast (agency wording, a list of openings, a
        // platform's "X messaged you") is a job alert however warmly it greets, unless its subject sets up an interview.
        if (features.IsBlast && !features.SubjectCues.Any(c => c.Signal is Cues.Interview or Cues.NextRound or Cues.Scheduling) &&
            p[EmailEvents.RecruiterOutreach] + p[EmailEvents.InterviewInvite] > 0.05)
        {
            Move(p, EmailEvents.RecruiterOutreach, EmailEvents.JobAlert);
            Move(p, EmailEvents.InterviewInvite, EmailEvents.JobAlert);
            reasons.Add("sent to many (agency blast, list of openings or a message notice), not a person writing about one role");
        }

        // A blast says nothing about an application of this reader's unless it says so in words: "if this is not for
        // you" is not a rejection, and its list of openings is not a receipt. A decline that ends on "current openings
        // that match your profile" does say so (see SureDeclineOfYourApplication).
        if (features.IsBlast && !features.Has(Cues.Rejection) && p[EmailEvents.Rejection] > 0.05 &&
            !SureDeclineOfYourApplication(features, p, jobContext))
        {
            Move(p, EmailEvents.Rejection, EmailEvents.JobAlert);
            reasons.Add("sent to many, and no word of a decision about your application");
        }

        // Mail sent to many (an unsubscribe footer, promotional wording) that never says no is not a rejection.
        if (!features.Has(Cues.Rejection) && (features.IsBulk || features.Has(Cues.Marketing)) &&
            EmailLabels.All.MaxBy(l => LabelProbability(p, l)) == EmailLabels.Rejected &&
            !SureDeclineOfYourApplication(features, p, jobContext))
        {
            Move(p, EmailEvents.Rejection, EmailEvents.Marketing);
            reasons.Add("bulk mail with no word of a decision: not a rejection");
        }

        // A panel to sit on, a reference to give, a journalist's or a podcast's interview, a careers fair: a job that is
        // not the reader's own. Unless the mail also carries a phrase only one's own application gets (a decision, an
        // offer, a receipt), a job event the model chose without conviction goes to everyday mail.
        // "You have been selected to interview for the following position … the interview panel will include the principal"
        // names the panel the reader will face, not one they sit on.
        if (features.Has(Cues.OtherRole) && !features.Has(Cues.Offer) && !features.Has(Cues.Rejection) && !features.Has(Cues.Received) &&
            EmailLabels.All.MaxBy(l => LabelProbability(p, l)) is { } top && top != EmailLabels.None &&
            LabelProbability(p, top) < OtherRoleOverrules && !Cues.SelectsTheReaderForInterview(features.MaskedSubject, features.MaskedBody) &&
            MoveJobEventsTo(p, EmailEvents.NotJob))
        {
            reasons.Add("about a job that is not yours (a panel, a reference, the press, a fair)");
        }

        // The reader's own employer about the job they have: a pay review or award, a bonus letter, a promotion, an
        // appraisal meeting, benefits, a contract renewal. Salary figures, "pleased to confirm" and "meeting" are the words
        // of an offer and an invitation, but nothing offers a position ("offer you the role", a start date, joining the
        // team) and nothing is received or declined. From the reader's own organisation that decides; otherwise it decides
        // only an offer the model is not sure of (a recruiter's "a promotion to a lead role", "a real pay rise" stays
        // outreach).
        if (features.Has(Cues.CurrentJob) && !features.Has(Cues.Received) && !features.Has(Cues.Rejection) &&
            !Cues.OffersAPosition(features.MaskedSubject, features.MaskedBody) &&
            EmailLabels.All.MaxBy(l => LabelProbability(p, l)) is { } current && current != EmailLabels.None &&
            (features.FromOwnOrganisation || current == EmailLabels.Offer && LabelProbability(p, current) < CurrentJobOverrules) &&
            MoveJobEventsTo(p, EmailEvents.NotJob))
        {
            reasons.Add("your current employer about the job you have (pay, review, promotion, benefits), not an application");
        }

        // A dentist's reminder, a bank adviser's meeting, a parents' evening, a garage booking: a date, a time and "you are
        // invited" with no word of a job, a role, an application, an interview or a call is everyday mail, however sure
        // the model is (German mail with "Termin", a weekday and "Uhr" is nearly always an interview in the training mail).
        if (features.Has(Cues.Appointment) && !jobContext && !features.Has(Cues.InterviewMention) &&
            EmailLabels.All.MaxBy(l => LabelProbability(p, l)) != EmailLabels.None &&
            !Cues.HiresTheReader(features.MaskedSubject, features.MaskedBody) && MoveJobEventsTo(p, EmailEvents.NotJob))
        {
            reasons.Add("an everyday appointment or meeting without any mention of a job");
        }

        FollowLookAlikeFamilies(features, p, reasons);
        var notTheReaders = FollowPrecisionFamilies(features, p, reasons);
        if (!notTheReaders && !WrittenByTheReader(features) && !AboutSomethingElse(features))
        {
            var everydayBefore = Top(p).Label == EmailLabels.None;
            FollowPersonalInvitation(features, p, reasons);
            FollowAgreeingPhrases(features, p, reasons, jobContext);
            FollowPlainWords(features, p, reasons, jobContext);
            FollowApprenticeshipOffer(features, p, reasons);
            // A phrase guard that turned everyday mail into a job event is checked against the precision families only
            // then, so everyday mail the guards leave alone never reads them.
            if (everydayBefore && Top(p).Label != EmailLabels.None)
            {
                FollowPrecisionFamilies(features, p, reasons);
            }
        }

        if (features.MaskedConditional)
        {
            reasons.Add("'if you are not selected…' wording read as a condition, not a rejection");
        }
    }

    /// <summary>
    /// Look-alikes the bag of words reads as job events. An offer withdrawn, given to someone else or a test not passed
    /// carries the words of an offer and means a no. The reader's own mail (accepting, declining, confirming a time,
    /// telling a friend) is no new event from an employer. A decision or meeting about a scholarship, a course, a flat,
    /// a visa, a festival slot or a nursery place that names no job is everyday mail. Each decides only where the model
    /// is not sure.
    /// </summary>
    private static void FollowLookAlikeFamilies(EmailFeatures features, Dictionary<string, double> p, List<string> reasons)
    {
        // "Desculpa, mas não te posso contratar agora" takes back a hire as surely as "we must withdraw our offer".
        if (Top(p).Label == EmailLabels.Offer && !WrittenByTheReader(features) &&
            (features.Has(Cues.OfferWithdrawn) || Cues.TakesBackAHire(features.MaskedSubject, features.MaskedBody)))
        {
            Move(p, EmailEvents.Offer, EmailEvents.Rejection);
            reasons.Add("an offer withdrawn or given to someone else: a rejection");
        }
        // A small employer's own note from free mail the model is unsure of ("não te posso contratar agora" read as 53 %
        // everyday mail) takes a hire back all the same.
        else if (Top(p) is var (label, sure) && label == EmailLabels.None && sure < DeclineOverrulesEvent && !WrittenByTheReader(features) &&
                 Cues.TakesBackAHire(features.MaskedSubject, features.MaskedBody) && MoveLabelTo(p, EmailLabels.None, EmailEvents.Rejection))
        {
            reasons.Add("a hire taken back by the one who agreed it: a rejection");
        }

        var (top, confidence) = Top(p);
        if (top == EmailLabels.None)
        {
            return;
        }

        if (WrittenByTheReader(features) && confidence < OwnMailOverrules && MoveJobEventsTo(p, EmailEvents.NotJob))
        {
            reasons.Add("written by you (accepting, declining, confirming or telling someone), not news from an employer");
        }
        else if (AboutSomethingElse(features) && confidence < SomethingElseOverrules && MoveJobEventsTo(p, EmailEvents.NotJob))
        {
            reasons.Add("a decision or a meeting about something other than a job (a grant, a course, a flat, a nursery)");
        }
    }

    /// <summary>The newest message's own words are the reader's: an employer never writes "I accept your offer".</summary>
    private static bool WrittenByTheReader(EmailFeatures features) =>
        !features.IsBulk && features.BodyCues.Any(c => c.Signal == Cues.OwnMail);

    /// <summary>A scholarship, a place, a flat, a visa or a nursery, and no word only a job carries, no recruiting system behind it.</summary>
    private static bool AboutSomethingElse(EmailFeatures features) =>
        features.Has(Cues.SomethingElse) && features.AtsVendor is null &&
        !Cues.NamesAJob(features.MaskedSubject) && !Cues.NamesAJob(features.MaskedBody) && !Cues.HiresTheReader(features.MaskedSubject, features.MaskedBody);

    /// <summary>A post offered, a job noun, or words of hiring the reader: what keeps a flat's, a course's or a charity's words off a job mail.</summary>
    private static bool NamesTheReadersJob(EmailFeatures features) =>
        Cues.OffersAPosition(features.MaskedSubject, features.MaskedBody) || Cues.NamesAJob(features.MaskedSubject) ||
        Cues.NamesAJob(features.MaskedBody) || Cues.HiresTheReader(features.MaskedSubject, features.MaskedBody);

    /// <summary>Up to which confidence in a job event the reader's own first-person words decide.</summary>
    private const double OwnMailOverrules = 0.99;

    /// <summary>Up to which confidence in a job event a decision about something other than a job decides.</summary>
    private const double SomethingElseOverrules = 0.98;

    /// <summary>
    /// Where the model leans to "not a job email" without conviction but the subject or body carries a specific
    /// phrase of one job event (an invitation, an assessment, an offer, a receipt) in a job context, half of the
    /// everyday-mail mass goes to that event. Rejection phrases are left out: "unfortunately" is everywhere.
    /// </summary>
    private static void FollowAgreeingPhrases(EmailFeatures features, Dictionary<string, double> p, List<string> reasons, bool jobContext)
    {
        var everyday = p[EmailEvents.NotJob] + p[EmailEvents.Marketing];
        if (!(jobContext || features.IsPersonalNote && features.Has(Cues.Offer)) || features.Has(Cues.OtherApplication) || features.Has(Cues.OtherRole) ||
            features.Has(Cues.JobAlert) || features.Has(Cues.CurrentJob) || features.Has(Cues.Appointment) && !jobContext ||
            EmailLabels.All.MaxBy(l => LabelProbability(p, l)) != EmailLabels.None)
        {
            return;
        }

        if (everyday < UnsureEverydayMass)
        {
            var backed = PhraseBackedEvents(features).Where(e => p[e] >= 0.05).OrderByDescending(e => p[e]).FirstOrDefault();
            if (backed is not null)
            {
                p[backed] += everyday / 2;
                p[EmailEvents.NotJob] /= 2;
                p[EmailEvents.Marketing] /= 2;
                reasons.Add($"model unsure; {backed.Replace('_', ' ')} wording decided");
            }
        }
    }

    /// <summary>
    /// A person asking this reader to talk ("could you come by on Tuesday for a chat?", "what times would work for a
    /// short call?") with no phrase of a decision or an offer, no word of a panel, a reference or the press, and no
    /// phrase of a receipt unless the mail asks a question or asks in a person's own words ("I'd love to have a chat",
    /// "je vous propose un entretien"): "I've read your application" makes the bag of words hear a receipt, and a
    /// small business's thanks a rejection. Where the model chose either without conviction, the invitation decides.
    /// </summary>
    private static void FollowPersonalInvitation(EmailFeatures features, Dictionary<string, double> p, List<string> reasons)
    {
        if (!features.IsPersonalNote || !(features.Has(Cues.Interview) || features.Has(Cues.Scheduling) || features.Has(Cues.PersonalInvite)) ||
            features.Has(Cues.Rejection) || features.Has(Cues.Offer) || features.Has(Cues.OtherRole) || features.Has(Cues.OtherApplication) ||
            features.Has(Cues.Received) && !AsksTheReader(features) && !features.Has(Cues.PersonalInvite))
        {
            return;
        }

        var label = EmailLabels.All.MaxBy(l => LabelProbability(p, l));
        if (label is not (EmailLabels.Applied or EmailLabels.Rejected) || LabelProbability(p, label) >= PersonalInvitationOverrules)
        {
            return;
        }

        foreach (var e in EmailEvents.All.Where(e => EmailEvents.LabelOf(e) == label))
        {
            Move(p, e, EmailEvents.InterviewInvite);
        }

        reasons.Add("a person asking you to talk, with no word of a decision");
    }

    /// <summary>
    /// A question in the newest message ("which day suits you?"): a person's "thanks for your application" followed by
    /// an invitation and a question is an invitation, where a receipt states what happens next and asks nothing.
    /// </summary>
    internal static bool AsksTheReader(EmailFeatures features) => features.MaskedBody.Contains('?', StringComparison.Ordinal);

    /// <summary>Up to which confidence in a job event the words of the reader's current job decide (outside their own organisation).</summary>
    private const double CurrentJobOverrules = 0.85;

    /// <summary>Up to which confidence in a job event the words of someone else's job (panel, reference, press) decide.</summary>
    private const double OtherRoleOverrules = 0.8;

    /// <summary>From which confidence in a rejection a decline that speaks of the reader's application keeps it despite a bulk footer or a list of openings.</summary>
    private const double DeclineOfYourApplicationKept = 0.8;

    /// <summary>
    /// An applicant-tracking system's decline carries a newsletter's preferences footer and often ends on a list of
    /// openings, and it says no in more ways than the rejection phrases hold ("we have opted to pursue other profiles",
    /// "hemos decidido continuar con otra candidatura"): where it speaks of the reader's application in a job's words and
    /// the model is sure of the decision, the bulk and blast guards leave it a rejection.
    /// </summary>
    private static bool SureDeclineOfYourApplication(EmailFeatures features, Dictionary<string, double> p, bool jobContext) =>
        jobContext && LabelProbability(p, EmailLabels.Rejected) >= DeclineOfYourApplicationKept &&
        (Cues.SubjectIsAboutAnApplication(features.MaskedSubject) || Cues.SpeaksOfYourApplication(features.MaskedBody));

    /// <summary>
    /// A no about a post in words the job-context cue does not know: a hire taken back, or a decline beside words of hiring
    /// the reader or a job noun; never in mail sent to many (a CV service's "unfortunately, your CV is not noticed").
    /// </summary>
    private static bool SaysNoToAPost(EmailFeatures features) =>
        !features.IsBulk && !features.Has(Cues.Marketing) &&
        (Cues.TakesBackAHire(features.MaskedSubject, features.MaskedBody) ||
         Cues.PlainWordSignals(features.MaskedSubject, features.MaskedBody).Contains(Cues.Declined) && NamesTheReadersJob(features));

    /// <summary>
    /// "Saw your application — can you swing by the shop Thursday at 7?", "the panel enjoyed meeting you; we'd like to invite
    /// you back for a second conversation": the reader's application, or a conversation that follows one, where no flat,
    /// course or visa is applied for.
    /// </summary>
    private static bool AsksAboutTheReadersApplication(EmailFeatures features) =>
        !features.Has(Cues.OtherApplication) &&
        (Cues.SpeaksOfYourApplication(features.MaskedBody) || Cues.AsksTheReaderBack(features.MaskedSubject, features.MaskedBody));

    /// <summary>Up to which confidence in an invitation the absence of any word of a job decides it is everyday mail.</summary>
    private const double InvitationWithoutAJobOverrules = 0.7;

    /// <summary>Up to which confidence in a receipt or a rejection a person's invitation still decides.</summary>
    private const double PersonalInvitationOverrules = 0.9;

    private static IEnumerable<string> PhraseBackedEvents(EmailFeatures features)
    {
        if (features.Has(Cues.Interview) || features.Has(Cues.PersonalInvite) || features.Has(Cues.Scheduling) && features.Has(Cues.InterviewMention))
        {
            yield return EmailEvents.InterviewInvite;
        }

        if (features.Has(Cues.NextRound) && features.Has(Cues.InterviewMention))
        {
            yield return EmailEvents.NextRound;
        }

        if (features.Has(Cues.Assessment))
        {
            yield return EmailEvents.Assessment;
        }

        if (features.Has(Cues.Offer))
        {
            yield return EmailEvents.Offer;
        }

        if (features.Has(Cues.Received))
        {
            yield return EmailEvents.ApplicationReceived;
        }
    }

    /// <summary>A phrase that only mail about one's own application carries: a receipt, an invitation, an offer, a no.</summary>
    private static bool SpecificJobEvidence(EmailFeatures features) =>
        features.Has(Cues.Received) || features.Has(Cues.Viewed) || features.Has(Cues.Interview) || features.Has(Cues.NextRound) ||
        features.Has(Cues.Assessment) || features.Has(Cues.Offer) || features.Has(Cues.Rejection);

    /// <summary>Moves every application event's probability to <paramref name="target"/>; true when that changed anything.</summary>
    private static bool MoveJobEventsTo(Dictionary<string, double> p, string target)
    {
        var moved = false;
        foreach (var e in EmailEvents.All.Where(e => EmailEvents.LabelOf(e) != EmailLabels.None))
        {
            moved |= p[e] > 0.05;
            Move(p, e, target);
        }

        return moved;
    }

    private static void Move(Dictionary<string, double> p, string from, string to)
    {
        p[to] += p[from];
        p[from] = 0;
    }

    /// <summary>The label the probabilities lean to, and its summed probability.</summary>
    private static (string Label, double Confidence) Top(Dictionary<string, double> p)
    {
        var top = EmailLabels.All.MaxBy(l => LabelProbability(p, l))!;
        return (top, LabelProbability(p, top));
    }

    internal static double LabelProbability(IReadOnlyDictionary<string, double> p, string label)
    {
        // The guards ask this a dozen times per email: a plain loop, summing in the dictionary's order as Where/Sum did.
        var sum = 0.0;
        foreach (var (e, probability) in p)
        {
            if (EmailEvents.LabelOf(e) == label)
            {
                sum += probability;
            }
        }

        return sum;
    }

    private static IEnumerable<string> Explain(EmailFeatures features, string @event, double confidence)
    {
        yield return $"model: {@event.Replace('_', ' ')} ({confidence.ToString("P0", CultureInfo.InvariantCulture)})";
        var relevant = RelevantSignals(@event);
        foreach (var cue in features.SubjectCues.Where(c => relevant.Contains(c.Signal)))
        {
            yield return $"subject: {cue.Reason}";
        }

        foreach (var cue in features.BodyCues.Where(c => relevant.Contains(c.Signal)))
        {
            yield return $"body: {cue.Reason}";
        }

        if (features.AtsVendor is not null && EmailEvents.LabelOf(@event) != EmailLabels.None)
        {
            yield return $"sent through {features.AtsVendor} on the employer's behalf";
        }

        if (features.Text.IsForwarded)
        {
            yield return "read the forwarded message, not the forwarding note";
        }
    }

    private static string[] RelevantSignals(string @event) => @event switch
    {
        EmailEvents.ApplicationReceived => [Cues.Received],
        EmailEvents.ApplicationViewed => [Cues.Viewed],
        EmailEvents.InterviewInvite or EmailEvents.RecruiterOutreach => [Cues.Interview, Cues.PersonalInvite, Cues.Scheduling],
        EmailEvents.NextRound => [Cues.NextRound, Cues.Interview, Cues.PersonalInvite, Cues.Scheduling],
        EmailEvents.Assessment => [Cues.Assessment],
        EmailEvents.Offer => [Cues.Offer],
        EmailEvents.Rejection => [Cues.Rejection],
        EmailEvents.JobAlert => [Cues.JobAlert],
        EmailEvents.Marketing => [Cues.Marketing],
        _ => [Cues.OtherApplication],
    };

    private static EmailClassifier LoadEmbedded()
    {
        using var stream = OpenEmbeddedModel();
        return Load(stream);
    }

    /// <summary>The model artifact built into the library.</summary>
    internal static Stream OpenEmbeddedModel() =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(DefaultResourceName)
        ?? throw new InvalidOperationException($"The library was built without its model ({DefaultResourceName}); run 'applytrack train' and rebuild.");
}
