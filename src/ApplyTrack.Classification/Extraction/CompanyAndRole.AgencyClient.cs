using System.Text.RegularExpressions;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Extraction;

/// <summary>
/// A recruiting agency is never the employer when the mail names the client (issue 9): a recruiter writes the client as
/// the subject of its verdict ("Ashby Moor Foods would like to offer you", "Bodegas Arrieta quiere ofrecerte"), by its
/// people ("Fernleigh's Finance Director", "the Halverson chair") or by forwarding the client's own message.
/// </summary>
internal static partial class CompanyAndRole
{
    // Sentence adverbs and articles a client's name follows without being part of it ("Unfortunately Lanyard Energy",
    // "Infelizmente a Construtora Alvorada", "die Stadtwerke Ahrfeld").
    private const string Lead = """(?:(?i:unfortunately|sadly|regrettably|infelizmente|leider|malheureusement|lamentablemente|desafortunadamente|helaas)[,]?\s+)?(?:(?:A|O|As|Os|Die|Der|Das|a|o|as|os|die|der|das|la|le|el|los|las|het|the)\s+)?""";

    private static readonly Regex[] ClientNamingPatterns =
    [
        ClientDecides(),
        ClientsPeople(),
        ClientOnThePhone(),
    ];

    // The client as the subject of what it decided about the reader, in six languages; each verb needs its object
    // ("would like to offer", "möchte Ihnen", "quiere ofrecerte", "wil je"), so "Ich möchte" or "I'd like" is never read.
    [GeneratedRegex($$"""(?:^|\n|[.!?:;–—-]\s+|\b(?i:and|but|that|afraid|dass|que|dat)\s+){{Lead}}{{Name}}\s(?<v>(?i:(?:would|'d|’d) (?:like|love) to (?:offer|meet|see|invite|interview|progress|hire|(?:bring|have|move|take) you)|(?:wants?|are keen|is keen) to (?:offer|meet|see|hire|interview|invite|progress|(?:bring|move|take) you)|wants? you|(?:has|have) (?:offered|decided|chosen|gone with|appointed|picked|selected|paused|pulled)|(?:is|are) (?:offering|passing)|(?:isn't|aren't|won't|will not|are not|is not) (?:going to )?(?:progress|take|move|be taking|be moving|be progressing)|picked|chose|went with|passed on|came back|möchten? (?:Ihnen|dir|Sie|dich)|(?:hat|haben) sich|würden? (?:Sie|dich) gerne|(?:bietet|bieten) (?:Ihnen|dir)|souhaite(?:nt)? vous|veu(?:len)?t vous|aimerai(?:en)?t vous|(?:a|ont) (?:décidé|choisi|retenu)|quieren? (?:ofrecer|contratar|conocer|ver|entrevistar)\w*|(?:ha|han) (?:decidido|elegido|optado|seleccionado)|decidió|decidieron|eligió|optó|(?:wil|willen) (?:je|u)\b|(?:heeft|hebben) (?:besloten|gekozen)|(?:biedt|bieden) (?:je|u)\b|gostariam? de (?:lhe|te)|(?:quer|querem) (?:te|lhe|contratar|chamar)|decidiu|decidiram|escolheu|optou))""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientDecides();

    // The client's people: "Castlemere Housing's Head of Finance", "Orla Kitchens' design director", "the Halverson chair",
    // "la directora financiera de Clínica Santa Elena" (a title with its qualifier: "el gerente de Riesgo" names a department).
    [GeneratedRegex($$"""{{Name}}(?:['’]s?|s['’])\s(?i:head of|(?:[\p{L}]+ )?(?:director|manager|chair|board|ceo|cfo|coo|cto|md|founders?|hiring manager|hr|hr team|panel))\b|\b(?i:with|from|to) the {{Name}} (?i:chair|board|ceo|cfo|md|founders?|hiring manager|hiring committee|search committee|panel)\b|\b(?i:(?:el|la|o|a|le) (?:director|directora|diretor|diretora|directeur|directrice|gerente|responsable))(?: \p{Ll}+){1,2} (?i:de|da|do|du|del) (?:la |l['’])?{{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientsPeople();

    // "I've just had Sandra from Ferrington Homes on the phone", "Just got off the phone with Ashgrove Dental Group",
    // "Acabei de sair de uma call com a Seguradora Amparo".
    [GeneratedRegex($$"""\b(?i:had|got)\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?i:from|at)\s{{Name}}\s(?i:on the phone|on the line)|\b(?i:off the phone with|off a call with|a call from|heard back from|heard from)\s(?:the\s)?{{Name}}|\b(?i:falar com|falei com|call com|ligação com|hablar con|hablé con|llamada con|gesprochen mit|telefoniert mit|gebeld met|gesproken met|eu au téléphone|échangé avec)\s(?:(?:a|o|la|el|le|der|die|dem|het)\s)?{{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientOnThePhone();

    // An agency's subject that names the client before what happened: "Verity Insurance - offer", "Re: CV sent to Kestle".
    [GeneratedRegex($$"""^{{Name}}\s*[-–|]\s*(?i:offer|feedback|update|outcome|news|interview|second interview|final interview|they want you|next steps?)\b|\b(?i:cv sent to|cv to|submitted to) {{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientInAgencySubject();

    // The mail speaks of someone else in the third person: an agency writes "they", "their HR", "the client".
    [GeneratedRegex("""\b(?i:they|they'd|they've|they're|they'll|their|them|the client|the hiring manager|deren|des kunden|der kunde|dem kunden|haben sich|ils|elles|leur|leurs|le client|du client|ellos|ellas|el cliente|del cliente|sus oficinas|su departamento|su equipo|ze|zij|hun|de klant|eles|elas|deles|delas|o cliente|do cliente)\b""", RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPerson();

    [GeneratedRegex("""\b(?i:the|your|via the|through the) (?i:agency|recruiter|recruitment agency|headhunter)\b""", RegexOptions.CultureInvariant)]
    private static partial Regex TheAgency();

    // Hiring in the first person plural: the sender's own organisation is the employer.
    [GeneratedRegex("""\b(?i:we(?:'d|’d| would) like to (?:offer|invite)|we are (?:pleased|delighted) to (?:offer|invite)|wir (?:möchten|würden|freuen uns)|würden wir|nous (?:souhaitons|aimerions|avons le plaisir)|te invitamos|le invitamos|queremos ofrecerte|we willen je|wij willen je|we nodigen je|gostaríamos de|queremos convidar)\b""", RegexOptions.CultureInvariant)]
    private static partial Regex EmployerSpeaks();

    // English verbs in the plural: a one-word subject that takes them is an organisation, not a person ("Ostler are passing").
    [GeneratedRegex("""^(?:are|have|want|aren't|were)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PluralVerb();

    // "They'd", "We're": a pronoun with its verb.
    [GeneratedRegex("""['’](?:d|s|ve|re|ll|m)$""", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    // A single word written where an organisation goes: after "to/from/with/at/for", or with a possessive.
    [GeneratedRegex("""^(?:to|from|with|at|for|bei|von|chez|de|da|do|van|bij|con|com)$""", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationPreposition();

    /// <summary>
    /// The client a recruiter's mail names, or null. <paramref name="markedAgency"/>: the sender already reads as an
    /// agency (its name, a cue, a sign-off); otherwise the mail must speak of the client in the third person.
    /// </summary>
    private static string? ClientOfAgency(MailText text, string bareSubject, string opening, IReadOnlyCollection<string> recipientNames, bool markedAgency)
    {
        var mail = bareSubject + "\n" + opening;
        // A forward of another organisation's message speaks of it too ("See the HR director's email below").
        // One who writes of "the agency" is the employer answering the agency's forward, not the agency.
        var forwardsAnother = text.ForwardedFrom is { } forwarded && RegistrableLabel(forwarded.Domain) is { } label && label != RegistrableLabel(text.Sender.Domain) &&
                              !TheAgency().IsMatch(opening);
        var speaksOfAnother = markedAgency || forwardsAnother || ThirdPerson().IsMatch(mail);
        foreach (var pattern in ClientNamingPatterns)
        {
            foreach (Match match in pattern.Matches(opening))
            {
                // "Ostler are passing", "Fernleigh's Finance Director", "the Halverson chair": the words around the name
                // say it is an organisation, and one spoken of in the third person.
                // "Stonebridge Community Food Bank would like to offer you": a name of words organisations hold says so itself.
                var organisation = match.Groups["v"].Success
                    ? PluralVerb().IsMatch(match.Groups["v"].Value) || match.Groups["c"].Value.Contains(' ', StringComparison.Ordinal) && OrganisationWord().IsMatch(match.Groups["c"].Value)
                    : pattern == ClientsPeople();
                if ((speaksOfAnother || organisation) && AsClient(match.Groups["c"].Value, organisation, mail, text.Sender, recipientNames) is { } client)
                {
                    return client;
                }
            }
        }

        if (!speaksOfAnother)
        {
            return null;
        }

        if (ClientInAgencySubject().Match(bareSubject) is { Success: true } named && AsClient(named.Groups["c"].Value, false, mail, text.Sender, recipientNames) is { } inSubject)
        {
            return inSubject;
        }

        return forwardsAnother ? ForwardedClient(text.ForwardedFrom!, mail) : null;
    }

    /// <summary>
    /// A name read as the client, checked: an organisation's name (capitalised, none of the words that open a sentence,
    /// no job, no day), not the sender's own, and one word only where the mail writes it as an organisation elsewhere or
    /// with a plural verb — "Karen wants to meet you" names a person.
    /// </summary>
    private static string? AsClient(string raw, bool organisation, string mail, Sender sender, IReadOnlyCollection<string> recipientNames)
    {
        if (CleanCompany(raw, recipientNames) is not { } name || IsSendersOwnName(name, sender) || SharesDomain(name, sender) ||
            JobTitle().IsMatch(name) || LooksLikeRole(name) || CalendarOrSubjectWord().IsMatch(name) ||
            NotCompanies.Contains(Contraction().Replace(name.Split(' ')[0], "")))
        {
            return null;
        }

        return name.Contains(' ', StringComparison.Ordinal) || name.Length >= 4 && (organisation || WrittenAsAnOrganisation(name, mail)) ? name : null;
    }

    /// <summary>A single word the mail writes as an organisation, after a preposition or with a possessive; never before a surname.</summary>
    private static bool WrittenAsAnOrganisation(string word, string mail)
    {
        var asOrganisation = false;
        for (var at = mail.IndexOf(word, StringComparison.Ordinal); at >= 0; at = mail.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (at > 0 && char.IsLetter(mail[at - 1]) || end < mail.Length && char.IsLetter(mail[end]))
            {
                continue;
            }

            // "Karen Dodds": a first name.
            if (end + 2 < mail.Length && mail[end] == ' ' && char.IsUpper(mail[end + 1]) && char.IsLower(mail[end + 2]))
            {
                return false;
            }

            var before = mail[..at].TrimEnd();
            var previous = before[(before.LastIndexOfAny([' ', '\n']) + 1)..];
            asOrganisation |= OrganisationPreposition().IsMatch(previous) || end < mail.Length && mail[end] is '\'' or '’';
        }

        return asOrganisation;
    }

    /// <summary>
    /// The organisation whose message an agency's long note forwards ("From: Karen Dodds &lt;karen.dodds@greyfriarssoftware.co.uk&gt;"):
    /// named by its domain as the extraction reads any sender's, when that domain is neither a free mail service nor an ATS.
    /// </summary>
    private static string? ForwardedClient(Sender from, string mail) =>
        VendorOf(from.Domain) is null && !AtsVendors.IsFreemailAnywhere(from.Domain) ? FromDomain(from, ViaSuffix().Replace(from.DisplayName, "") + "\n" + mail) : null;
}
