using System.Text.RegularExpressions;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Extraction;

/// <summary>
/// The card's company is the employer: never the role, a person, a title or a department, and never the agency or
/// signing service that carried the mail when the mail names the employer (issue 9, company family 8).
/// </summary>
internal static partial class CompanyAndRole
{
    /// <summary>
    /// What the readers found, checked: an ATS subject or a signing service's wrapper names the employer outright; a
    /// name that is no employer's is read again without its words; a public body's site gives way to the body, and a
    /// trust to the school or hospital the mail says the post is at.
    /// </summary>
    private static (string? Company, string? Role) TheEmployer(MailText text, string? recipient, (string? Company, string? Role) found)
    {
        var recipientNames = RecipientNames(recipient);
        if (AcknowledgedInSubject(text.Subject, text.Body, recipientNames) is { } acknowledged)
        {
            return acknowledged;
        }

        var (company, role) = found;
        if (EmployerField(text.Body, recipientNames) is { } employer)
        {
            return (employer, WithoutEmployer(role, employer));
        }

        company = DocumentSender(text.Subject, text.Body, text.Sender, recipientNames) ?? SignedOnBehalfOf(text.Body, text.Sender, recipientNames) ?? company;
        List<string> notNames = [];
        // Each name is checked once: read again twice at most, and a third that is no employer's either leaves none.
        for (var pass = 0; company is not null && NotAnEmployer(company, role, text.Sender, recipient, text.Subject, text.Body); pass++)
        {
            if (pass == 2)
            {
                company = null;
                break;
            }

            // Only the name's own words: "Clerk to the Council" must not keep "Amberleigh Town Council" from being read.
            // "WP/STAFF/2026/114 Police Staff Investigator": the reference's words, not the role's ("Westmarch Police").
            var own = role is { Length: > 0 } && company.EndsWith(" " + role, StringComparison.OrdinalIgnoreCase) ? company[..^role.Length] : company;
            notNames.AddRange(Words().Matches(own).Select(w => w.Value).Where(w => w.Length >= 3 && (char.IsUpper(w[0]) || char.IsLower(company[0]) && !NameJoiner().IsMatch(w)) && !OrganisationWord().IsMatch(w)));
            company = ExtractNames(text, recipient, notNames).Company;
        }

        company = company is null ? null : PublicBodyOf(company, text.Subject + "\n" + text.Body) ?? company;
        company = SigningPublicBody(company, text) ?? company;
        company = company is null ? null : SiteNamedPartOf(company, text.Subject, text.Body) ?? company;
        return (company, WithoutEmployer(role, company));
    }

    /// <summary>
    /// A name read as the company that is not an employer's: the role itself or part of it ("Marine Safety Inspector"
    /// for "Marine Safety Inspector (TI-05)", "French Immersion"), an office held ("Clerk to the Council"), a step of the
    /// process ("Interview"), a person named with an honorific ("Rev", "Mag.a Verena Pichler"), the sender's own name
    /// from a person's display name ("Marie-Ève Bouchard" &lt;direction@cliniqueveterables.ca&gt;), or the reader's own
    /// name ("Offer Letter - Ravi Shah" to ravi.shah@…).
    /// </summary>
    internal static bool NotAnEmployer(string company, string? role, Sender sender, string? recipient, string subject, string body)
    {
        // "Ana  Ruiz" typed with two spaces is the same name: every check below reads words one space apart.
        company = string.Join(' ', company.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var words = Words().Matches(company).Select(w => w.Value).ToList();
        return words.Count == 0 || !SharesDomain(company, sender) && !IsSendersOwnName(company, sender) && PartOfTheRole(company, words, role) || OfficeOrStep().IsMatch(company) || Honorific().IsMatch(company) ||
               IsSendersDisplayName(company, sender, subject, body) || Fold(company) == Fold(Sender.Parse(recipient).LocalPart) ||
               PartOfTheEmployer(company, role, subject, body);
    }

    /// <summary>
    /// Something of the employer's that a person never files the card under: an office or a department
    /// ("Departamento de Química Orgánica", "Personalamt"), a programme or an agreement ("Bolsa de Enfermería 2026",
    /// "Hallam Bay Enterprise Agreement"), words starting in lower case ("rayon frais H/F"), a reference number or
    /// the role it goes on to ("WP/STAFF/2026/114 Police Staff Investigator"), a place the mail writes only in its
    /// address lines ("Österreich", "Harlan City"), or words the body writes only as part of the job
    /// ("la posición de Recepcionista", "Especialista en Ciberseguridad").
    /// </summary>
    private static bool PartOfTheEmployer(string company, string? role, string subject, string body) =>
        UnitOfTheEmployer().IsMatch(company) || ProgrammeOrAgreement().IsMatch(company) ||
        company.Split(' ')[0] is var first && char.IsLower(first[0]) && !first.Any(char.IsUpper) && !NameJoiner().IsMatch(first) ||
        ReferenceNumber().IsMatch(company) ||
        role is not null && role.Contains(' ', StringComparison.Ordinal) && company.EndsWith(" " + role, StringComparison.OrdinalIgnoreCase) ||
        OnlyInAddressLines(company, subject + "\n" + body) || WrittenOnlyAsTheJob(company, body) || WrittenOnlyAsASite(company, subject + "\n" + body);

    /// <summary>Every time the mail writes the name, it is a later part of a line that gives a street number or a postcode.</summary>
    private static bool OnlyInAddressLines(string company, string text)
    {
        var found = false;
        foreach (var (at, start, end) in WholeWordOccurrences(company, text))
        {
            var line = text[start..end];
            // An address line is a list of capitalised parts: "1400 Courthouse Square, Harlan City, KY 40800".
            if (at == start || !StreetNumber().IsMatch(line) || LowerCaseWord().IsMatch(line) || !AddressSeparator().IsMatch(text[start..at]))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    /// <summary>The body writes the name, and only as the job: after a word for the post, or as a title's field.</summary>
    private static bool WrittenOnlyAsTheJob(string company, string body)
    {
        var found = false;
        foreach (var (at, _, _) in WholeWordOccurrences(company, body))
        {
            var before = body[Math.Max(0, at - 40)..at];
            if (!(PostWordBefore().IsMatch(before) || TitleFieldBefore().IsMatch(before)))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    /// <summary>
    /// The mail writes the name only as where the job is: "notre agence de Lyon Part-Dieu", "son nouveau site de
    /// Grenoble", "hun vestiging in de Botlek" — a place, not who employs.
    /// </summary>
    private static bool WrittenOnlyAsASite(string company, string text)
    {
        var found = false;
        foreach (var (at, _, _) in WholeWordOccurrences(company, text))
        {
            if (!SiteWordBefore().IsMatch(text.AsSpan(Math.Max(0, at - 30), at - Math.Max(0, at - 30))))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    // "site de", "agence de", "vestiging in de", "branch in"; Dutch "in de" names a region ("in de Botlek"). The preposition
    // is needed: "Responsable d'agence Rapid'Colis Lille-Lesquin" names the firm after the post. Not "sede": "na sede do
    // Agrupamento de Escolas de Montemor" is the employer's own head office.
    [GeneratedRegex("""(?:\b(?i:site|agence|usine|établissement|branch|plant|depot|vestiging|locatie|filiaal|standort|niederlassung|werk|sucursal|planta|unidade|fábrica)\s+(?i:de|d['’]|du|in|at|en|em|in de|bij|da|do|del|von|in der)|\b(?i:in de))\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex SiteWordBefore();

    // A company's offices and departments: "Departamento de …", "Faculty of …", "Personalamt", "RR.HH.".
    [GeneratedRegex("""^(?:Departamento|Departament|Dpto\.?|Dept\.?|Département|Departement|Fakultät|Faculty of|Facultad|Faculté|Faculdade|Office of the|Sachgebiet|Abteilung|Personalamt|Personalabteilung|Personalstelle|RR\.?\s?HH\.?|Recursos Humanos|Ressources Humaines|Human Resources|Servicio de Personal|Service du personnel)(?:\s|$)""")]
    private static partial Regex UnitOfTheEmployer();

    // A programme, a pool or an agreement, not who runs it: "Bolsa de Enfermería 2026", "… Enterprise Agreement".
    [GeneratedRegex("""(?:\s(?:19|20)\d{2}|\b(?:Agreement|Convenio|Tarifvertrag)|^(?:Bolsa|Convocatoria|Programa|Programme|Program) .*)$""")]
    private static partial Regex ProgrammeOrAgreement();

    // "WP/STAFF/2026/114": letters and numbers joined by slashes; "NLC Competition 26" (of "Competition 26-042"): a
    // competition, vacancy or requisition and its number.
    [GeneratedRegex("""(?:^|\s)[\p{L}\d]+(?:/[\p{L}\d]+){2,}(?:\s|$)|\b(?:Competition|Vacancy|Requisition|Posting|Job Opening)\s#?\d""")]
    private static partial Regex ReferenceNumber();

    // What comes before a place in an address line: a separator ("· Österreich", ", Harlan City").
    [GeneratedRegex("""(?:[,·|•]|\s[-–])\s*$""")]
    private static partial Regex AddressSeparator();

    // "la posición de Recepcionista", "the position of", "le poste de", "a vaga de".
    [GeneratedRegex("""(?i:position|posición|posicion|puesto|cargo|vaga|poste|stelle|functie|post|vacante|role)\s+(?i:de|of|as|als|d['’])?\s*$""")]
    private static partial Regex PostWordBefore();

    // "Especialista en Ciberseguridad", "Specialist in Payroll": the title's field.
    [GeneratedRegex("""\b(?i:especialista|specialist|spécialiste|expert[oae]?|experte|técnic[oa]|técnico/a|ingenier[oa]|engineer|ingénieur|ingenieur|consultor[a]?|consultant|fachkraft|licenciad[oa]|graduad[oa])\s+(?i:en|in|em|für)\s+$""")]
    private static partial Regex TitleFieldBefore();

    // Credentials after a signer's name: "PHR", "MSN, RN", "SHRM-CP", a pharmacist's "RPh", a physician assistant's "PA-C".
    [GeneratedRegex("""^(?:\p{Lu}{2,5}(?:-\p{Lu}{1,4})?|Ph\.?D\.?|DPhil|EdD|DrPH|PharmD|RPh|PsyD|MSc|BSc|MEd|MSW|MPhil)$""")]
    private static partial Regex Credential();

    // The small words inside a surname: "Ruud van der Berg", "Ana de la Fuente".
    [GeneratedRegex("""^(?:van|der|den|de|del|della|di|da|do|dos|das|von|zu|la|le|ten|ter)$""")]
    private static partial Regex SurnameParticle();

    /// <summary>
    /// A job title inside the role ("Actuarial Analyst" of "Actuarial Analyst I", "Nurse" of "Community Staff Nurse")
    /// or the role's bracket ("French Immersion" of "Intermediate Teacher (French Immersion)"). A role that is nothing
    /// but a name that reads as no job was misread, not the name.
    /// </summary>
    private static bool PartOfTheRole(string company, List<string> companyWords, string? role)
    {
        if (role is null)
        {
            return false;
        }

        var roleWords = Words().Matches(role).Select(w => w.Value).ToList();
        if (roleWords.Count <= companyWords.Count)
        {
            // Equal, it is the name only where a title's head noun ends it, a grade after it or not ("Reservoir Engineer II";
            // "Técnico/a de Laboratorio" has a title's own head noun; "Lindqvist Energie" reads as a role only by its "-ist").
            return roleWords.Count == companyWords.Count && string.Equals(company, role, StringComparison.OrdinalIgnoreCase) && (TitleHead().IsMatch(company) || RoleHead().IsMatch(company));
        }

        var starts = companyWords.Select((w, i) => roleWords[i].Equals(w, StringComparison.OrdinalIgnoreCase)).All(same => same);
        var inside = Enumerable.Range(1, roleWords.Count - companyWords.Count)
            .Any(at => companyWords.Select((w, i) => roleWords[at + i].Equals(w, StringComparison.OrdinalIgnoreCase)).All(same => same));
        return (starts || inside) && LooksLikeRole(company) || inside && role.Contains("(" + company, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A person's name as the display name, read back as the company: a first and a last name the sender's domain does
    /// not spell, with no organisation's word (a shop named after its owner writes it on its own domain), which the mail
    /// writes only to sign with. "Goldmund Games via Bewerbify" writes "deine Bewerbung bei Goldmund Games".
    /// </summary>
    private static bool IsSendersDisplayName(string company, Sender sender, string subject, string body)
    {
        // The display name first: it rarely is the name, and the checks after it build a pattern and split the body.
        var display = string.Join(' ', ViaSuffix().Replace(sender.DisplayName, "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (company != display || sender.Domain.Length == 0 || subject.Contains(company, StringComparison.Ordinal) || NotAFirstName().IsMatch(company) ||
            Regex.IsMatch(subject + "\n" + body, @"\b(?i:for|at|with|join|joining|bei|für|chez|pour|para|bij|voor)\s+" + Regex.Escape(company.Split(' ')[0]) + @"\b") ||
            body.Split('\n').Any(l => l.Contains(company, StringComparison.Ordinal) && !l.TrimStart().StartsWith(company, StringComparison.Ordinal)))
        {
            return false;
        }

        var label = RegistrableLabel(sender.Domain) ?? "";
        // Two names, or three with a particle ("Inés Ruiz de Alda"): "Sollicitaties Hogeschool Zeeland-West" is no one.
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitals = words.Count(w => char.IsUpper(w[0]));
        return (capitals == 2 || capitals == 3 && words.Any(w => char.IsLower(w[0]))) && PersonName().IsMatch(company) &&
               !OrganisationWord().IsMatch(company) && VendorOf(sender.Domain) is null && !SharesDomain(company, sender) &&
               (AtsVendors.IsFreemailAnywhere(sender.Domain) || !Fold(label).Contains(Fold(company), StringComparison.Ordinal) && SpelledPhrase(label, company) is null);
    }

    /// <summary>
    /// An e-signature service's wrapper round an offer: "Calder Homes sent you a document to sign", "Jo Whitely from
    /// Calder Homes has sent you …", "Boulangerie Morin vous a envoyé un document à signer". The organisation that sent
    /// the document is the employer. A name that reads as a person's names the employer only in the subject, and never
    /// where it is the display name's person ("Jamie Hart via SignPath"); in the body it is who sent it ("Meera Dsouza
    /// sent you a document").
    /// </summary>
    internal static string? DocumentSender(string subject, string body, Sender sender, IReadOnlyCollection<string> recipientNames)
    {
        var person = ViaSuffix().Replace(sender.DisplayName, "").Trim();
        foreach (var text in (ReadOnlySpan<string>)[subject, body.Length > 600 ? body[..600] : body])
        {
            var match = SentADocument().Match(text);
            if (!match.Success || CleanCompany(match.Groups["c"].Value, recipientNames) is not { } named)
            {
                continue;
            }

            var personal = named.Contains(' ', StringComparison.Ordinal) && PersonName().IsMatch(named) && !OrganisationWord().IsMatch(named);
            if (!personal || match.Groups["p"].Success || ReferenceEquals(text, subject) && named != person)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>
    /// An assessment or scheduling service that signs for the employer: "Codeflow, on behalf of Northgate Analytics",
    /// "— TestForge, on behalf of Meridian Clearing". The signer is the sending domain's own name, so the domain names the
    /// service and the name after "on behalf of" the employer.
    /// </summary>
    internal static string? SignedOnBehalfOf(string body, Sender sender, IReadOnlyCollection<string> recipientNames)
    {
        // Cheap first: most mail never says it.
        var closing = Closing(body);
        if (!closing.Contains(" behalf of ", StringComparison.OrdinalIgnoreCase) && !closing.Contains(" nom d", StringComparison.Ordinal) &&
            !closing.Contains("Auftrag", StringComparison.Ordinal) && !closing.Contains(" nombre de ", StringComparison.Ordinal) && !closing.Contains(" nome d", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var line in SignatureLines(closing))
        {
            if (OnBehalfOf().Match(line) is { Success: true } match && SpellsDomain(match.Groups["s"].Value, sender) &&
                CleanCompany(match.Groups["c"].Value, recipientNames) is { } employer && !SharesDomain(employer, sender))
            {
                return employer;
            }
        }

        return null;
    }

    [GeneratedRegex($$"""^(?<s>\p{Lu}[\p{L}\p{N}&.'’ -]{1,40}?),? (?i:on behalf of|for and on behalf of|im Auftrag von|au nom de|pour le compte de|en nombre de|em nome de) {{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex OnBehalfOf();

    /// <summary>
    /// An ATS acknowledgement's subject "Application received – Inventory Analyst – Corbel Outdoor": the role, then the
    /// employer, which the body writes too.
    /// </summary>
    internal static (string Company, string Role)? AcknowledgedInSubject(string subject, string body, IReadOnlyCollection<string> recipientNames)
    {
        var match = AcknowledgementSubject().Match(subject.Split('\n')[0].Trim());
        if (!match.Success || CleanCompany(match.Groups["c"].Value, recipientNames) is not { } company ||
            !body.Contains(company, StringComparison.Ordinal) || LooksLikeRole(company) ||
            CleanRole(match.Groups["r"].Value, recipientNames) is not { } role ||
            // "your application for CNC Machinist - 2nd Shift": the last part belongs to the role (a shift, a unit).
            Regex.IsMatch(body, Regex.Escape(role) + @"[^\w\n]{1,4}" + Regex.Escape(company)))
        {
            return null;
        }

        return (company, role);
    }

    /// <summary>
    /// A council's, city's or school district's site, team or service named after its place ("Port Aldous Emergency
    /// Communications Center", "Marlowe Parks", "Eastlake Varsity Baseball") where the mail names the public body of
    /// that place ("with the City of Port Aldous", "Marlowe District Council", "Eastlake Public Schools"): the body is the
    /// employer. So is a name that is the place alone ("North Averill" spelled from northaverill.ca, "Valdeoliva") where
    /// the mail writes its body ("The Town of North Averill thanks all applicants", "Ayuntamiento de Valdeoliva"). A
    /// hospital, bank, college or trust named after a place is its own employer and stays.
    /// </summary>
    internal static string? PublicBodyOf(string company, string context)
    {
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || OwnEmployer().IsMatch(company) || PublicBodyName().IsMatch(company))
        {
            return null;
        }

        for (var take = words.Length; take >= 1; take--)
        {
            var place = string.Join(' ', words[..take]);
            foreach (Match body in PublicBodyName().Matches(context))
            {
                if (body.Groups["p"].Value == place || body.Groups["q"].Value == place)
                {
                    return OwnBody(company, context) ? null : body.Value;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Kingsbridge Libraries is a charitable trust delivering library services on behalf of Kingsbridge City Council":
    /// the mail says the name is a body of its own, which employs its staff whatever public body it works for.
    /// </summary>
    private static bool OwnBody(string company, string context)
    {
        for (var at = context.IndexOf(company + " is a", StringComparison.Ordinal); at >= 0; at = context.IndexOf(company + " is a", at + 1, StringComparison.Ordinal))
        {
            if (OwnBodyKind().IsMatch(context.AsSpan(at + company.Length)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("""^ is an? (?:[\p{L}-]+ ){0,3}(?:trust|charity|company|organi[sz]ation|social enterprise|mutual)\b""", RegexOptions.CultureInvariant)]
    private static partial Regex OwnBodyKind();

    // An office held or a step of the process, never an organisation: "Clerk to the Council", "Secretary to the Board",
    // "Interview", "Entretien", "Ihre Bewerbung" (a subject's "Ihre Bewerbung: Disponent").
    [GeneratedRegex("""^(?:\p{Lu}\p{Ll}+ to the \p{Lu}\p{L}+|(?i:interview|invitation|entrevista|entretien|entrevue|vorstellungsgespräch|einladung|sollicitatiegesprek|gesprek|uitnodiging|convite|convocatoria|convocation|(?:(?:your|ihre|deine|votre|ta|tu|su|je|uw|jouw|a sua|a tua|sua|tua) )?(?:application|bewerbung|candidature|candidatura|sollicitatie|postulación|solicitud)))$""")]
    private static partial Regex OfficeOrStep();

    // Honorifics the display-name and signature readers do not strip: "Rev. Alison Gale" read as "Rev", "Mag.a Verena Pichler".
    [GeneratedRegex("""^(?:Rev|Revd|Fr|Sr|Sra|Seu|Dona|Doña|Mag\.a|Mag\.ª|Dipl\.-?\p{L}*|Ing\.|Mme|Herr|Frau|Pfarrer\p{L}*)(?:\.?\s+\p{Lu}|\.?$)""")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"\b(?:Inspector|Analyst|Officer|Nurse|Clerk|Teacher|Manager|Assistant|Coordinator|Technician|Engineer|Director|Supervisor|Chef|Cook|Driver|Operative|Inspecteur|Analyste|Sachbearbeiter\p{L}*|Inspetor|Inspector[ae]?)(?: (?:I|II|III|IV|V|1|2|3|4))?$")]
    private static partial Regex TitleHead();

    // A person's name never opens with an article: "La Tahona de Cali", "The Drovers Arms".
    [GeneratedRegex(@"^(?:La|El|Los|Las|Le|Les|The|O|A|Os|As|De|Het|Die|Der|Das|Il|Lo)\s")]
    private static partial Regex NotAFirstName();

    // "Jo Whitely from Calder Homes has sent you a document", "Ledgerly has sent you a document to sign".
    [GeneratedRegex($$"""(?:^|\n)(?<p>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?i:from|at|de|von|van) )?{{Name}} (?:(?i:has sent you|sent you|vous a envoyé|hat Ihnen|hat dir|te ha enviado|le ha enviado|heeft u|heeft je|heeft jou|enviou-lhe|enviou-te|lhe enviou|te enviou)) (?i:a|an|un|une|ein|einen|een|um|uma)? ?(?i:document|envelope|dokument|documento|contract|contrat|vertrag|contrato)""")]
    private static partial Regex SentADocument();

    [GeneratedRegex("""^(?i:application (?:received|submitted|confirmed|acknowledged)|your application (?:has been )?received|thank you for (?:your application|applying)|bewerbung (?:eingegangen|erhalten)|eingangsbestätigung|candidature (?:reçue|bien reçue)|solicitud recibida|candidatura (?:recibida|recebida)|sollicitatie ontvangen)\s+[-–—|]\s*(?<r>[^–—|\n]+?)\s+[-–—|]\s+(?<c>[^–—|\n]+?)\s*$""")]
    private static partial Regex AcknowledgementSubject();

    // A place's public body: "City of Port Aldous", "Town of North Averill", "Province of Nova Acadia", "Marlowe District Council", "Eastlake Public
    // Schools", "Harlan Independent School District", "Stadt Hallerbach", "Ville de Saint-Clair", "Gemeente Lindenoord".
    [GeneratedRegex("""\b(?:(?:(?:City|Town|County|Borough|Village|Municipality|Regional Municipality|Province|State|Territory|Commonwealth|Government) of|Stadt|Gemeinde|Landkreis|Ville de|Mairie de|Gemeente|Ayuntamiento de|Câmara Municipal de|Prefeitura de|Concello de) (?<q>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})|(?<p>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) (?:(?:City|Town|District|Borough|County|Parish|Metropolitan Borough|Regional|Shire) Council|County Council|(?:Unified |Independent |Consolidated |Metropolitan |Community |Area )?School District|Public Schools|County Schools|City Schools))\b""")]
    private static partial Regex PublicBodyName();

    // Named after a place and an employer in its own right.
    [GeneratedRegex("""\b(?:Hospital|Clinic|Medical|Health|Bank|Credit Union|University|College|Hotel|Trust|Foundation|Church|Museum|Airport|Port Authority|Housing|Library Trust|Group|Foods?|Ltd|Inc|LLC)\b""")]
    private static partial Regex OwnEmployer();
}
