using System.Text.RegularExpressions;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Extraction;

/// <summary>
/// Hospitals, NHS trusts, universities, councils and school districts sign with their official name on a line of its own
/// under a department's ("Recruitment Team / Wrenfield Hospitals NHS Foundation Trust", "Servicio de Personal /
/// Universidad de Valdemora"), and job boards for them fill in an "Employer:" field. The card is filed under that name
/// (issue 9, session 14): never the department, the ward, the school of a district, the domain's letters or an acronym.
/// </summary>
internal static partial class CompanyAndRole
{
    private static readonly string[] SignatureSeparators = [" · ", " – ", " — ", " | ", " • ", ", ", " - "];

    /// <summary>"Employer: Pennine Moors NHS Foundation Trust" in an NHS Jobs or Trac notice names the employer outright.</summary>
    internal static string? EmployerField(string body, IReadOnlyCollection<string> recipientNames) =>
        body.Contains(':', StringComparison.Ordinal) && EmployerFieldLine().Match(body) is { Success: true } field
            ? CleanCompany(field.Groups["c"].Value, recipientNames)
            : null;

    /// <summary>
    /// The public body that signs the mail, where the name read so far is no public body's own: a department or a ward
    /// ("Workforce Directorate", "Arts and Sciences Advising Center"), a school of a district, a person, an acronym
    /// ("SBUH"), the domain's letters ("Rathmorecoco") or a longer form of the body's name ("Riverstone University People
    /// Services"). A name the signature writes on a line of its own below the body's is the wider organisation the body
    /// belongs to ("Physiotherapy Manager - Port Halden Hospital / Eastern Coast Health") and stays. A recruiting agency
    /// signs with its own name, not the client's; a display name such as "Clinical Recruitment - SBUH" or "Recruitment
    /// Section" is the body's own team.
    /// </summary>
    internal static string? SigningPublicBody(string? company, MailText text)
    {
        var closing = Closing(text.Body);
        var (body, below) = SignedPublicBody(closing);
        body ??= SignedPublicBody(ViaSuffix().Replace(text.Sender.DisplayName, "")).Name;
        if (body is null || company == body || SignedByAgency(text.Sender, closing))
        {
            return null;
        }

        if (company is null)
        {
            return body;
        }

        var ofADistrict = DistrictKind().IsMatch(body) && !DistrictKind().IsMatch(company);
        // "NHS" alone (from "NHS Jobs") is the service's word, not a body.
        // "École Ste Julienne" from ecole-ste-julienne.be is the domain's letters, not the name the body signs with.
        var aBody = company.Contains(' ', StringComparison.Ordinal) && PublicBodyKind().IsMatch(company) && !DomainsLetters(company, text.Sender);
        // "Calderbrook CB9 3LX" under "University of Calderbrook" is the body's address, not a wider organisation.
        // "Pinecrest Health – Westbrook Hospital": the health system, then its hospital, on one line.
        return (!aBody || ofADistrict || company.StartsWith(body + " ", StringComparison.Ordinal)) && (!OpensALine(company, below) || PostcodeAtEnd().IsMatch(company)) &&
               !(SpellsOwnDomain(company, text.Sender) && SignatureSeparators.Any(s => closing.Contains(company + s + body, StringComparison.Ordinal)))
            ? body
            : null;
    }

    /// <summary>
    /// The first line of the text, or part of a line between separators, that is a public body's name and nothing else,
    /// with the text below that line.
    /// </summary>
    private static (string? Name, string Below) SignedPublicBody(string text)
    {
        if (!PublicBodyKind().IsMatch(text))
        {
            return (null, "");
        }

        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            lineStart += line.Length + 1;
            // "Venue: Boardroom, St Brendan's University Hospital" is where, not who; "hr@…" and links are contact details.
            if (line.Contains(':', StringComparison.Ordinal) || line.Contains('@', StringComparison.Ordinal) || !PublicBodyKind().IsMatch(line))
            {
                continue;
            }

            foreach (var part in line.Split(SignatureSeparators, StringSplitOptions.TrimEntries))
            {
                // "Personalabteilung Klinikum Westpfalz", "Oak Hill Community Hospital Talent Acquisition": the body without its team.
                var name = WholeName().IsMatch(part) && !ForSomeoneElse().IsMatch(part) ? TeamPrefix().Replace(TeamSuffix().Replace(part, ""), "").Trim() : "";
                // "Afdeling HRM Gemeente Lochemveld", "Selectiebureau Provincie Noordkust": a body whose name opens with its kind
                // starts there.
                name = LeadingKind().Match(name) is { Success: true, Index: > 0 } kind ? name[kind.Index..] : name;
                if (name.Contains(' ', StringComparison.Ordinal) && PublicBodyKind().IsMatch(name))
                {
                    return (name, lineStart < text.Length ? text[lineStart..] : "");
                }
            }
        }

        return (null, "");
    }

    /// <summary>The name is the sender's domain label recased, letter for letter ("Ksw Winterthur" for ksw-winterthur.ch).</summary>
    private static bool DomainsLetters(string company, Sender sender) =>
        RegistrableLabel(sender.Domain) is { } label && VendorOf(sender.Domain) is null && Fold(company) == Fold(label);

    /// <summary>
    /// "… at St Aldric's Academy, part of Brightwater Academy Trust": the mail names the school or hospital the post is
    /// at and the trust that runs it; a card read as the trust (from a display name or a signature) is filed under the
    /// school, unless the subject names the trust as the one writing ("Interview invitation – Riverside Academy Trust").
    /// A sign-off "Oakridge Academy Trust – Fernleigh Academy" under the subject "Teacher of Mathematics – Fernleigh
    /// Academy" names the school the same way.
    /// </summary>
    internal static string? SiteNamedPartOf(string company, string subject, string body)
    {
        if (subject.Contains(company, StringComparison.Ordinal))
        {
            return null;
        }

        if (body.Contains(" part of ", StringComparison.Ordinal) || body.Contains("(part of ", StringComparison.Ordinal))
        {
            foreach (Match part in SitePartOf().Matches(body))
            {
                if (part.Groups["owner"].Value.StartsWith(company, StringComparison.Ordinal))
                {
                    return part.Groups["site"].Value;
                }
            }
        }

        foreach (var (at, lineStart, lineEnd) in Occurrences(company, body))
        {
            var after = body[(at + company.Length)..lineEnd];
            if (at == lineStart && (after.StartsWith(" – ", StringComparison.Ordinal) || after.StartsWith(" - ", StringComparison.Ordinal) || after.StartsWith(" | ", StringComparison.Ordinal)) &&
                after[3..].Split(',')[0].Trim() is { Length: > 0 } site && subject.Contains(site, StringComparison.Ordinal) && SiteName().IsMatch(site))
            {
                return site;
            }
        }

        return null;
    }

    /// <summary>A line of the text starts with the name, alone or before a separator ("Summit Peak Health | 5100 Foothills Pkwy").</summary>
    private static bool OpensALine(string name, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var rest = line.Trim();
            if (rest.StartsWith(name, StringComparison.Ordinal) &&
                (rest.Length == name.Length || SignatureSeparators.Any(s => rest.AsSpan(name.Length).StartsWith(s, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    // "Employer: …", "Arbeitgeber: …", "Werkgever: …": a form's field, on a line of its own.
    [GeneratedRegex("""(?:^|\n)[ \t]*(?:Employer|Arbeitgeber|Employeur|Empleador|Empregador|Entidade empregadora|Werkgever|Hiring organi[sz]ation)[ \t]*:[ \t]*(?<c>[^\n]{2,90}?)[ \t]*(?:[(,][ \t]*(?:part of|a member of|operated by|run by)\b[^\n]*)?(?:\n|$)""", RegexOptions.CultureInvariant)]
    private static partial Regex EmployerFieldLine();

    // A school's or hospital's name: "St Aldric's Academy", "Eastmoor Community Hospital".
    private const string SchoolOrHospital = """\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of|and|&)){0,6} (?:Academy|School|College|Hospital|Infirmary|Health Centre)""";

    // "St Aldric's Academy, part of Brightwater Academy Trust", "Eastmoor Community Hospital (part of North Dales … NHS
    // Trust)": a school's or hospital's name, then the body that runs it.
    [GeneratedRegex($$"""(?<site>{{SchoolOrHospital}}),? \(?part of (?:the )?(?<owner>\p{Lu}[^\n.,()]{2,80})""", RegexOptions.CultureInvariant)]
    private static partial Regex SitePartOf();

    [GeneratedRegex($"""^{SchoolOrHospital}$""", RegexOptions.CultureInvariant)]
    private static partial Regex SiteName();

    // A UK postcode or a four- or five-digit postcode ending an address line: "Calderbrook CB9 3LX", "Winterthur 8401".
    [GeneratedRegex("""(?:\b\p{Lu}{1,2}\d[\p{Lu}\d]? \d\p{Lu}{2}|\b\d{4,5})$""", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeAtEnd();

    // The words that make a name a public body's (or a hospital's or university's), written with their capital.
    [GeneratedRegex("""\b(?:NHS|Hospitals?|Hôpital|Hospital Universitario|Krankenhaus|Klinikum|Universitätsklinikum|Universitätsspital|Kantonsspital|Ziekenhuis|Medical Cent(?:er|re)|Health System|Regional Health|Health Board|University|Universität|Universidad|Universidade|Université|Universiteit|Università|Hogeschool|Hochschule|Kolej|Universiti|Politeknik|Community College|École|Ecole|Ville d(?:e|['’])|Municipality|(?:Provincial|Federal|National|State|Regional) (?:\p{Lu}\p{L}+ ){1,4}(?:Agency|Authority)|(?:City|County|District|Borough|Town|Parish|Shire) Council|Public Schools|School District|Police Department|Câmara Municipal|Prefeitura|Ayuntamiento|Hansestadt|Stadt|Landkreis|Gemeente|Gemeinde|Waterschap|Provincie)\b""", RegexOptions.CultureInvariant)]
    private static partial Regex PublicBodyKind();

    // A whole name: capitalised words and the small words between them ("Waterschap Oude IJssel en Berkel").
    [GeneratedRegex("""^\p{Lu}[\p{L}'’.-]*(?: \p{Ll}{4,}(?= \p{Lu}))?(?: (?:\p{Lu}[\p{L}'’.-]*|of|and|de|do|da|dos|das|del|des|du|la|le|van|en|für|y|e|&)){0,9}$""", RegexOptions.CultureInvariant)]
    private static partial Regex WholeName();

    [GeneratedRegex("""\b(?:Gemeente|Gemeinde|Hansestadt|Landkreis|Provincie|Waterschap|Prefeitura|Câmara Municipal|Ayuntamiento|Hôpital|Universitätsklinikum|Hogeschool|Universidad|Universidade|Université|Universiteit) \p{Lu}""", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingKind();

    // "For Mahalaxmi Hospitals", "Part of …", "On behalf of …": a line that names the body as someone else's.
    [GeneratedRegex("""^(?:For|On|Part|In|At|By|With|From|Für|Im|Pour|Para|Por|Namens|Voor|Bij|Onderdeel|Operated)\s""", RegexOptions.CultureInvariant)]
    private static partial Regex ForSomeoneElse();

    // A school district employs the staff of its schools ("Principal, Lincoln Elementary School / Greenfield Public Schools").
    [GeneratedRegex("""\b(?:Public Schools|School District)\b""", RegexOptions.CultureInvariant)]
    private static partial Regex DistrictKind();
}
