using System.Text;
using System.Text.RegularExpressions;
using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Model;

/// <summary>What the classifier knows about one email before the model runs: the readable text and the rule signals.</summary>
internal sealed partial record EmailFeatures(
    MailText Text,
    string MaskedSubject,
    string MaskedBody,
    IReadOnlyList<Cue> SubjectCues,
    IReadOnlyList<Cue> BodyCues,
    string? AtsVendor,
    bool MaskedConditional)
{
    public bool Has(string signal) => Contains(SubjectCues, signal) || Contains(BodyCues, signal);

    // The guards ask Has dozens of times per email: a loop without a closure per call.
    private static bool Contains(IReadOnlyList<Cue> cues, string signal)
    {
        for (var i = 0; i < cues.Count; i++)
        {
            if (cues[i].Signal == signal)
            {
                return true;
            }
        }

        return false;
    }

    public static EmailFeatures Of(EmailInput email) => Of(email, MailTextReader.Read(email));

    /// <summary>The features of an email whose text has already been read.</summary>
    public static EmailFeatures Of(EmailInput email, MailText text) => WithoutCues(email, text).WithCues();

    /// <summary>
    /// The cascade's first stage (<see cref="EverydayPath"/>): all the model reads but the phrase cues, which are not looked
    /// for (the lists are empty). Only for mail that holds no job word, where the cues have almost nothing to find.
    /// </summary>
    public static EmailFeatures WithoutCues(EmailInput email, MailText text)
    {
        var subject = Cues.MaskConditionals(Cues.NormaliseOfferToSomeoneElse(text.Subject), out var subjectMasked);
        var body = Cues.MaskConditionals(Cues.NormaliseOfferToSomeoneElse(text.Body), out var bodyMasked);
        var recipient = Sender.Parse(email.To);
        return new EmailFeatures(text, subject, body, [], [], VendorOf(text), subjectMasked || bodyMasked)
        {
            FromOwnOrganisation = SameOrganisation(text.Sender.Domain, email.To),
            ToAnOrganisation = OrganisationAddress(recipient),
            ToAGroupMailbox = Cues.GroupMailbox(recipient),
        };
    }

    /// <summary>
    /// The same email with its phrase cues looked for in the masked text it already holds: the full path after a first
    /// stage that was not sure, without reading and masking the text again. A new record, so no signal computed
    /// without the cues is carried over.
    /// </summary>
    public EmailFeatures WithCues() =>
        new(Text, MaskedSubject, MaskedBody, Cues.Matching(MaskedSubject), Cues.Matching(MaskedBody), AtsVendor, MaskedConditional)
        {
            FromOwnOrganisation = FromOwnOrganisation,
            ToAnOrganisation = ToAnOrganisation,
            ToAGroupMailbox = ToAGroupMailbox,
        };

    /// <summary>The recruiting system (applicant tracking system) the sender's domain belongs to, if any.</summary>
    public static string? VendorOf(MailText text) => text.Sender.Domain.Length > 0 ? AtsVendors.VendorOf(text.Sender.Domain) : null;

    /// <summary>
    /// Sent from the reader's own organisation: the sender's domain is the domain of the address the mail came to, and
    /// that is no free-mail provider or placeholder. Payroll, HR and colleagues write from there; an employer one has
    /// applied to does not (an internal applicant's mail comes from the recruiting system).
    /// </summary>
    public bool FromOwnOrganisation { get; init; }

    /// <summary>
    /// Sent to an address at an organisation, not at a free-mail provider: a candidate's reply goes to the employer, a
    /// recruiter's reply to the candidate's own mailbox (a guard of <c>EmailClassifier.FollowPrecisionFamilies</c>).
    /// </summary>
    public bool ToAnOrganisation { get; init; }

    /// <summary>Sent to a staff or department list ("all-staff@", "tous@", "hiring-managers@"), not to one person (<see cref="Cues.GroupMailbox"/>).</summary>
    public bool ToAGroupMailbox { get; init; }

    internal static bool OrganisationAddress(Sender to) =>
        to.Domain.Trim().TrimEnd('>', ' ', ',', ';') is { Length: > 0 } domain && !AtsVendors.IsFreemail(domain);

    internal static bool SameOrganisation(string senderDomain, string? to)
    {
        if (senderDomain.Length == 0 || string.IsNullOrEmpty(to))
        {
            return false;
        }

        var at = to.LastIndexOf('@');
        if (at < 0)
        {
            return false;
        }

        var recipientDomain = to[(at + 1)..].Trim().TrimEnd('>', ' ', ',', ';');
        var sender = senderDomain.Trim().TrimEnd('>');
        return sender.Equals(recipientDomain, StringComparison.OrdinalIgnoreCase) && !AtsVendors.IsFreemail(sender) &&
            !sender.Split('.').Contains("example", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The row the model reads. Signals are single tokens ("xxsubjrejection") so the n-gram featuriser keeps them whole.</summary>
    public EventModelInput ToModelInput(string @event = "", float weight = 1f)
    {
        var signals = new StringBuilder();
        foreach (var cue in SubjectCues)
        {
            signals.Append(" xxsubj").Append(cue.Signal);
        }

        foreach (var cue in BodyCues)
        {
            signals.Append(" xxbody").Append(cue.Signal);
        }

        if (AtsVendor is not null)
        {
            signals.Append(" xxats xxvendor").Append(AtsVendor.Replace(" ", "").ToLowerInvariant());
        }

        var sender = Text.Sender;
        if (sender.Domain.Length > 0 && AtsVendors.IsFreemail(sender.Domain))
        {
            signals.Append(" xxfreemail");
        }

        if (NoReply(sender.LocalPart))
        {
            signals.Append(" xxnoreply");
        }

        if (Text.Body.Length == 0)
        {
            signals.Append(" xxemptybody");
        }

        if (Text.IsForwarded)
        {
            signals.Append(" xxforwarded");
        }

        if (Text.WasHtml)
        {
            signals.Append(" xxhtml");
        }

        if (MaskedConditional)
        {
            signals.Append(" xxconditional");
        }

        if (Text.Subject.StartsWith("re:", StringComparison.OrdinalIgnoreCase))
        {
            signals.Append(" xxreply");
        }

        // Who is writing to whom: a person greeting this reader by name, or a list of openings sent to many.
        if (HasPersonalGreeting)
        {
            signals.Append(" xxgreetname");
        }

        if (ListedRoles >= 3)
        {
            signals.Append(" xxmanyroles");
        }

        if (IsBlast)
        {
            signals.Append(" xxblast");
        }

        if (IsPersonSender)
        {
            signals.Append(" xxpersonsender");
        }

        if (FromOwnOrganisation)
        {
            signals.Append(" xxsameorg");
        }

        // Sender words and domain labels ("talent", "greenhouse", "amazon") carry a lot: who writes says what it is.
        signals.Append(' ').Append(sender.DisplayName).Append(' ').Append(sender.Domain.Replace('.', ' '));
        return new EventModelInput
        {
            Subject = MaskedSubject,
            Body = MaskedBody,
            Signals = signals.ToString(),
            Event = @event,
            Weight = weight,
        };
    }

    /// <summary>Lines that read as one opening in a list: a bullet or a "Title | Place | Pay" row, or a "Job Title:" field.</summary>
    public int ListedRoles => _listedRoles ??= ListedRole().Count(Text.Body);

    // Each of these reads the whole body with a regex, and the guards ask several times per email: computed once.
    private int? _listedRoles;
    private bool? _hasPersonalGreeting;
    private bool? _isBlast;
    private bool? _isPersonalNote;
    private bool? _isPersonSender;

    private bool HasPersonalGreeting => _hasPersonalGreeting ??= PersonalGreeting().IsMatch(Text.Body);

    /// <summary>
    /// Mail sent to many: two or more distinct agency-blast phrases (an unnamed client, a résumé "found on a job
    /// board", a pay rate, "know someone?"), a "X messaged you" notification, or three or more listed openings
    /// without a personal greeting. One agency phrase alone is not enough: a recruiter writing to one person about
    /// one role for "our client" is still outreach.
    /// </summary>
    public bool IsBlast => _isBlast ??=
        Cues.AgencyBlastHits(Text.Subject + "\n" + Text.Body) >= 2 || Cues.IsMessageNotification(Text.Subject) ||
        ListedRoles >= 3 && !HasPersonalGreeting;

    /// <summary>
    /// Written by a person to this reader: a personal greeting or a person's name as sender, and none of the marks of
    /// mail sent to many (an unsubscribe footer, agency-blast wording, promotional wording).
    /// </summary>
    public bool IsPersonalNote => _isPersonalNote ??=
        (HasPersonalGreeting || NameOnlyGreeting().IsMatch(Text.Body) || IsPersonSender) &&
        !IsBlast && !IsBulk && !Has(Cues.Marketing);

    /// <summary>Bulk-mail marks: an unsubscribe or preferences footer (read as footer lines) or such words in the text.</summary>
    public bool IsBulk => Text.UnsubscribeLines > 0 || Has(Cues.MassMail);

    /// <summary>A display name that is a person ("Dawn Rutledge"), not a team, a system or a person "via" a platform.</summary>
    public bool IsPersonSender => _isPersonSender ??= NamesAPerson(Text.Sender);

    private static bool NamesAPerson(Sender sender)
    {
        var words = sender.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => Title().IsMatch(w)).ToArray();
        return words.Length is 2 or 3 && !NoReply(sender.LocalPart) && !sender.DisplayName.Contains(" via ", StringComparison.OrdinalIgnoreCase) &&
               words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'' or '.')) &&
               !TeamWord().IsMatch(sender.DisplayName);
    }

    private static bool NoReply(string local) =>
        local.Contains("noreply", StringComparison.OrdinalIgnoreCase) ||
        local.Contains("no-reply", StringComparison.OrdinalIgnoreCase) ||
        local.Contains("donotreply", StringComparison.OrdinalIgnoreCase) ||
        local.Contains("do-not-reply", StringComparison.OrdinalIgnoreCase);

    // "Hi Ama," / "Dear Mr Osei" / "Hallo Frau Weber" / "Bonjour Julien" at the top; "Dear candidate" or "Hi there" is not personal.
    [GeneratedRegex("""\A\s*(?i:hi|hello|hey|dear|good (?:morning|afternoon)|hallo|liebe[rs]?|sehr geehrte[rs]?|guten tag|bonjour|salut|cher|chère|hola|estimad[oa]|buenos días|beste|hoi|goedemiddag|olá|oi|car[oa]|prezad[oa])[ ,]+(?:(?i:mr|mrs|ms|dr|herr|frau|monsieur|madame|señor|señora|sr|sra|meneer|mevrouw|senhor|senhora)\.?\s+)?(?!(?i:there|all|team|candidate|applicant|friend|everyone|folks|madame|sir|sirs|candidat|bewerber|kandidat)\b)\p{Lu}\p{Ll}+""")]
    private static partial Regex PersonalGreeting();

    // "Brianna," alone on the first line: how people who know the reader open a note.
    [GeneratedRegex("""\A\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?\s*[,!]?\s*\n""")]
    private static partial Regex NameOnlyGreeting();

    [GeneratedRegex("""^(?:dr|dra|prof|mr|mrs|ms|mx|drs|ir|mme|sr|sra)\.?$""", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex("""^\s*(?:[-*•·▪►]\s*\S.{8,}|[^|\n]{3,}\|[^|\n]{3,}\|.*|(?:job title|position|role|poste|stelle|puesto|functie|vaga)\s*:.{3,})$""", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ListedRole();

    [GeneratedRegex("""\b(?:team|talent|recruit\w*|careers?|jobs?|hr|people|notifications?|alerts?|news|info|support|service|staffing|solutions|group|inc|ltd|gmbh)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex TeamWord();
}
