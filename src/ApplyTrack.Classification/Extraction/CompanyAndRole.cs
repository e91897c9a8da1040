using System.Globalization;
using System.Text.RegularExpressions;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Extraction;

/// <summary>
/// Finds the employer and the role as a person would write them. The order is the order of trust: the subject
/// line (ATS templates are regular), the opening of the body, the sender's display name, a careers-site link, and
/// last the sender's own domain. ATS and job-board names are never taken for the employer.
/// </summary>
internal static partial class CompanyAndRole
{
    // An employer name as written in running text: capitalised words, with the small joining words names use (whole
    // words: "des Tilleuls" is not "de" and the rest of a word).
    // Matched case-sensitively (body patterns mark their keywords (?i:…)), so "Join the video call" names no one.
    private const string Name = """(?<c>(?:St\.[ ]|Ste\.[ ]|Mt\.[ ])?[\p{Lu}\d][\p{L}\p{N}&'’+-]*(?:[ ](?:(?:d['’])?[\p{Lu}\d&][\p{L}\p{N}&'’+-]*|(?:of|de|del|du|des|la|le|and|für|y|e|van|der|den|do|da|dos|das|the)(?!\p{L}))){0,5})""";
    // Where a role written in running text stops: punctuation, the end, or the word that introduces the employer.
    private const string RoleEnd = """(?=\s*(?:[,.;:!?\n()]|$)|\s(?i:at|with|in|for|on|chez|pour|bei|für|bij|voor|en|na|no|em|para|und|and|et|y|e|within|position|role|opening)\s)""";
    private const string Role = """(?<r>[^\n.!?:;"“”]{2,80}?)""";
    // In running text a role holds none of the words around it ("the time you spent on your application for the X role").
    private const string TextRole = """(?<r>(?:(?!\b(?i:for|the|your|our|you|we|us|this|that|with|at)\b)[^\n.!?:;"“”]){2,80}?)""";
    private const string Company = """(?<c>[^\n!?:;"“”]{2,70}?)""";
    private const string End = """\s*[!.]*\s*(?:[-–|(].*)?$""";

    // The patterns are source-generated ([GeneratedRegex]): built at compile time, so the first mail pays no
    // Reflection.Emit and JIT for them. Subject patterns and link tenants ignore case; the body, signature, footer and
    // client patterns are case-sensitive and mark their keywords (?i:…), and a keyword that opens a pattern is
    // preceded by \b so it starts a word ("an" is not the end of "Jordan").

    private static readonly Regex[] SubjectPatterns =
    [
        SubjectPattern1(),
        SubjectPattern2(),
        SubjectPattern3(),
        SubjectPattern4(),
        SubjectPattern5(),
        SubjectPattern6(),
        SubjectPattern7(),
        SubjectPattern8(),
        SubjectPattern9(),
        SubjectPattern10(),
        SubjectPattern11(),
        SubjectPattern12(),
        SubjectPattern13(),
        SubjectPattern14(),
        SubjectPattern15(),
        SubjectPattern16(),
        SubjectPattern17(),
        SubjectPattern18(),
        SubjectPattern19(),
        SubjectPattern20(),
        SubjectPattern21(),
        SubjectPattern22(),
        SubjectPattern23(),
        SubjectPattern24(),
        SubjectPattern25(),
        SubjectPattern26(),
        SubjectPattern27(),
        SubjectPattern28(),
        SubjectPattern29(),
        SubjectPattern30(),
        SubjectPattern31(),
        SubjectPattern32(),
        SubjectPattern33(),
        SubjectPattern34(),
        SubjectPattern35(),
        SubjectPattern36(),
        SubjectPattern37(),
        SubjectPattern38(),
    ];

    [GeneratedRegex($"""(?:thank you|thanks) for (?:your )?(?:application|applying|interest) (?:for (?:the )?{Role} (?:position |role )?)?(?:to|at|with|in) {Company}{End}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern1();

    [GeneratedRegex($"""your application (?:for (?:the )?{Role} (?:position |role )?)?(?:to|at|with) {Company}{End}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern2();

    [GeneratedRegex($"""your {Role} application (?:to|at|with) {Company}{End}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern3();

    [GeneratedRegex($"""update on your {Role} application (?:with|at|to) {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern4();

    [GeneratedRegex($"""update (?:on|regarding) (?:the|your) {Role} (?:role|position|application) at {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern5();

    [GeneratedRegex($"""(?:information|news|update) (?:about|on|regarding) your application (?:to|at|with) {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern6();

    [GeneratedRegex($"""thank you from {Company}\s*[-–|:]\s*{Role}(?:\s*[-–]\s*.*)?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern7();

    [GeneratedRegex($"""(?:invitation|invite|interview)(?: to (?:an? )?interview)?(?:\s*[-–:]\s*|\s+for (?:the )?){Role} (?:at|with|@) {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern8();

    [GeneratedRegex($"""(?:offer(?: of employment| letter)?|job offer|your offer)(?:\s*[-–:]\s*|\s+for (?:the )?){Role} (?:at|with|@) {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern9();

    [GeneratedRegex($"""(?:your )?offer from {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern10();

    [GeneratedRegex($"""^{Company}\s*[-–|:]\s*{Role}\s*[-–|:]\s*(?:next steps?|interview|assessment|offer|update|application|your application|status update).*$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern11();

    [GeneratedRegex($"""(?:application (?:received|confirmation|submitted))\s*[-–:|]\s*{Role} (?:at|with|@) {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern12();

    [GeneratedRegex($"""(?:application (?:received|confirmation|submitted))\s*[-–:|]\s*{Role}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern13();

    [GeneratedRegex($"""votre candidature a été (?:envoyée|transmise) à {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern14();

    [GeneratedRegex($"""votre candidature a été vue par {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern15();

    [GeneratedRegex($"""(?:votre )?candidature\s*(?::|au poste de|pour le poste de|pour)\s*{Role}\s+(?:chez|à)\s*{Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern16();

    [GeneratedRegex($"""(?:ihre|deine) bewerbung (?:als|für|auf) (?:die stelle )?{Role} bei (?:der |dem )?{Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern17();

    [GeneratedRegex($"""(?:ihre|deine) bewerbung bei (?:der |dem )?{Company}(?: als {Role})?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern18();

    [GeneratedRegex($"""(?:einladung|interview)[^\n]*? bei (?:der |dem )?{Company}(?:\s*[-–:]\s*|\s+als\s+){Role}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern19();

    [GeneratedRegex($"""(?:tu|su) (?:candidatura|postulación|solicitud) (?:para|al puesto de) {Role} en {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern20();

    [GeneratedRegex($"""(?:tu|su) (?:candidatura|postulación|solicitud) (?:en|a|para) {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern21();

    [GeneratedRegex($"""(?:je|uw) sollicitatie (?:als|voor) {Role} bij {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern22();

    [GeneratedRegex($"""(?:je|uw) sollicitatie bij {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern23();

    [GeneratedRegex($"""(?:sua|tua) candidatura (?:para|à vaga de) {Role} (?:na|no|em) {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern24();

    [GeneratedRegex($"""(?:sua|tua) candidatura (?:na|no|à|a|em|para a|para o) {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern25();

    [GeneratedRegex($"""interview with {Company} for (?:the )?{Role}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern26();

    [GeneratedRegex($"""^[^\n]*?(?:bevestiging|confirmation|confirmación|confirmação|terminbestätigung)[^\n]*(?:\s[-–|]\s|\s(?:bij|bei|chez|at|with|com|con|na|no|de)\s){Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern27();

    [GeneratedRegex($"""^[^\n]*?(?:interview|entretien|entrevista|gespräch|sollicitatiegesprek|gesprek)\s(?:bij|bei|chez|at|with|com|con|na|no)\s{Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern28();

    [GeneratedRegex($"""(?:application was )?viewed by {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern29();

    [GeneratedRegex($"""^{Company}\s[-–|]\s(?:application received|thanks for applying|thank you for applying|application confirmation|we received your application)(?:\s[-–|]\s{Role})?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern30();

    [GeneratedRegex($"""^{Company}\s[-–|]\s(?:votre candidature|your application|application update|ihre bewerbung|deine bewerbung|tu candidatura|je sollicitatie|sua candidatura|candidature)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern31();

    [GeneratedRegex($"""(?:update|news|message|note) from {Company}(?:\s[-–|]\s{Role})?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern32();

    [GeneratedRegex($"""^{Company} (?:application|candidate|candidacy) (?:update|status)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern33();

    [GeneratedRegex($"""^{Company} viewed your application$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern34();

    [GeneratedRegex($"""^(?:(?:re|fwd?|aw|tr|rv):\s*)*(?:your )?application for (?:the )?{Role}(?: (?:position|role))?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern35();

    [GeneratedRegex($"""(?:for|regarding|about) the {Role} (?:interview|position|role|opening)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern36();

    [GeneratedRegex($"""\b(?:vaga|cargo|puesto|poste|posición|stelle|functie|vacature) (?:de |d'|als )?{Role}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern37();

    [GeneratedRegex($"""^(?:[^:\n]+:\s*)?{Role} (?:at|chez|bei|bij|@) {Company}$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern38();

    private static readonly Regex[] BodyPatterns =
    [
        BodyPattern1(),
        BodyPattern2(),
        BodyPattern3(),
        BodyPattern4(),
        // InfoJobs: "tu candidatura a la oferta Jefe de Proyecto de Banco Mirador se ha registrado": the last "de" names the employer.
        BodyPattern5(),
        BodyPattern6(),
        BodyPattern7(),
        BodyPattern8(),
        BodyPattern9(),
        BodyPattern10(),
        BodyPattern11(),
        BodyPattern12(),
        BodyPattern13(),
        BodyPattern14(),
        BodyPattern15(),
        BodyPattern16(),
        // The writer introduces themself by their organisation: "this is Marcy from Tidewater Pediatric Dentistry",
        // "hier ist Jana von der Bäckerei Lind", "soy Lucía de Clínica Dental Sonrisa".
        BodyPattern17(),
    ];

    [GeneratedRegex("""\b(?i:poste de|position|role|poste|puesto de|vaga de|stelle als|functie) ["“«]\s?(?<r>[^"”»\n]{2,80}?)\s?["”»]""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern1();

    [GeneratedRegex($"""\b(?i:position|role|job|opening) (?i:of|as) (?i:an? )?{TextRole} (?i:at|with) {Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern2();

    [GeneratedRegex($"""\b(?i:position|role) (?i:of|as) (?i:an? )?{TextRole}{RoleEnd}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern3();

    [GeneratedRegex($"""\b(?i:as) (?i:our|a|an)(?i: next| new)? (?=[A-Z\u00C0-\u00DE]){TextRole}{RoleEnd}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern4();

    [GeneratedRegex("""\b(?i:oferta) (?<r>[^\n.!?:;"“”]{2,80}) (?i:de) (?<c>[\p{Lu}\d][^\n.!?:;]{1,60}?)(?= (?i:se ha|ha sido))""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern5();

    [GeneratedRegex($"""\b(?i:for|in|to) (?i:the|our) {TextRole} (?i:position|role|opening|job)(?: (?i:at|with) {Name})?""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern6();

    [GeneratedRegex($"""\b(?i:recruiter|recruiting coordinator|talent partner|hiring manager|recrutadora?|recruteur|recruteuse|reclutador|reclutadora|del equipo de selección de|equipe de recrutamento da) (?i:at|da|do|de|chez|bei|bij|van|en|for|na|no|em) {Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern7();

    [GeneratedRegex($"""\b(?i:applying|application|interest|apply|applied) (?i:to|at|with|in joining|in) {Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern8();

    [GeneratedRegex($"""\b(?i:sent to|submitted to) {Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern9();

    [GeneratedRegex($"""(?:^|\n)(?i:the )?{Name} (?i:recruiting|talent|hiring|people|hr|careers|recruitment|talent acquisition) (?i:team)""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern10();

    [GeneratedRegex($$"""\b(?i:team at|join|joining|welcome to|on behalf of everyone at|on behalf of) (?:the (?=(?:University|College|Institute|City|Town|County|Borough|Province|State|Ministry|Museum|Diocese|Royal) of ))?{{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern11();

    [GeneratedRegex($"""\b(?i:au poste|pour le poste|le poste|l'offre) (?i:de |d')?{TextRole}(?: (?i:chez|au sein de) {Name})?{RoleEnd}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern12();

    [GeneratedRegex($"""\b(?i:stelle|position|bewerbung) (?i:als|für die position|für die stelle) {TextRole}(?: (?i:bei) (?:der |dem )?{Name})?{RoleEnd}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern13();

    [GeneratedRegex($"""\b(?i:puesto|vacante|posición) (?i:de )?{TextRole}(?: (?i:en) {Name})?{RoleEnd}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern14();

    [GeneratedRegex($"""\b(?i:functie|vacature|rol) (?i:van |als )?{TextRole}(?: (?i:bij) {Name})?{RoleEnd}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern15();

    [GeneratedRegex($"""\b(?i:vaga|cargo|posição) (?i:de )?{TextRole}(?: (?i:na|no|em|da|do) {Name})?{RoleEnd}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern16();

    [GeneratedRegex($$"""\b(?:(?i:this is|it's|it’s|my name is|I'm|I’m|I am) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?i:from|at|with) (?:the )?|(?i:hier ist|ich bin) \p{Lu}\p{Ll}+ (?:von der |vom |von )|(?i:soy|aquí) \p{Lu}\p{Ll}+ (?:de la |del |de )|(?i:sou|aqui é) (?:a |o )?\p{Lu}\p{Ll}+ (?:da |do |de )|(?i:dit is|ik ben) \p{Lu}\p{Ll}+ (?:van )|(?i:c'est|c’est|ici) \p{Lu}\p{Ll}+ (?:de chez |chez ))(?=[\p{Lu}\d]){{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern17();

    // Sign-offs name the employer: "L'équipe Craft AI", "The Tata Consultancy Services - TCS Team", "Das Team von X".
    private static readonly Regex[] SignaturePatterns =
    [
        SignaturePattern1(),
        SignaturePattern2(),
        SignaturePattern3(),
        // "Recruitment Team / Castlebrook Community Health", "Graduate Recruitment, Brookvale Group", "Personalabteilung –
        // Stadtwerke Kelbach": a recruiting team's sign-off, then the organisation it belongs to.
        SignaturePattern4(),
    ];

    [GeneratedRegex($"""(?:^|\n)(?i:l'équipe|l’équipe|l'équipe recrutement|das team von|dein team von|ihr team von|el equipo de|het team van|a equipe|equipe) {Name}[ !.]*(?:\n|$)""", RegexOptions.CultureInvariant)]
    private static partial Regex SignaturePattern1();

    [GeneratedRegex($$"""(?:^|\n)(?i:the) (?<c>[^\n]{2,60}?) (?i:team)[ !.]*(?:\n|$)""", RegexOptions.CultureInvariant)]
    private static partial Regex SignaturePattern2();

    [GeneratedRegex($"""\b(?i:intérêt que vous portez à|interest in joining|interesse em fazer parte da) {Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex SignaturePattern3();

    [GeneratedRegex($"""(?:^|\n)[ \t]*(?i:(?:the |your )?(?:graduate |campus |medical |nurse |clinical )?(?:recruitment|recruiting|hiring|talent acquisition|talent|hr|people|careers|human resources|resourcing|people & culture|people and culture)(?: team| department| office| services)?|personalabteilung|personalwesen|personalservice|bewerbermanagement|(?:ihr |dein )?recruiting-team|(?:l['’])?équipe (?:recrutement|rh|ressources humaines)|(?:le )?service (?:des )?ressources humaines|(?:la )?direction des ressources humaines|ressources humaines|equipo de (?:selección|recursos humanos|rrhh|talento)|(?:departamento de )?(?:recursos humanos|rrhh)|afdeling (?:hr|p&o|personeelszaken)|team (?:hr|werving|recruitment|p&o)|werving (?:&|en) selectie|p&o|hr-afdeling|equipa de recrutamento|equipe de recrutamento|equipe de rh|departamento de pessoas|(?:time|equipe) de atração de talentos|time de (?:recrutamento|rh|pessoas))[ \t]*(?:\n[ \t]*|,[ \t]*|[ \t]+[-–|·][ \t]+){Name}[ \t.]*(?:\n|$)""", RegexOptions.CultureInvariant)]
    private static partial Regex SignaturePattern4();

    // A footer names the sender's organisation: "© 2025 Nova Santé. Tous droits réservés.", "because you applied for a
    // position with Lumen Learning Co".
    private static readonly Regex[] FooterPatterns =
    [
        FooterPattern1(),
        FooterPattern2(),
    ];

    [GeneratedRegex($$"""(?:©|\((?i:c)\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?{{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex FooterPattern1();

    [GeneratedRegex($"""\b(?i:applied for a position with|applied to a position at|applied to|candidature chez|bewerbung bei|candidatura (?:en|na|no)|sollicitatie bij) {Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex FooterPattern2();

    // What an agency writes about its client: "our client, Harlow Freight", "the Operations Lead role at Harlow Freight",
    // "I've heard back from Morrow & Bell", "Harlow Freight have decided".
    private static readonly Regex[] ClientPatterns =
    [
        ClientPattern1(),
        ClientPattern2(),
        // "just off the phone with Simon at Pellow & Finch", "mit Herrn Stadler von Lechtal Verpackungen": the person's employer.
        ClientPattern3(),
        ClientPattern4(),
        ClientPattern5(),
        ClientPattern6(),
        ClientPattern7(),
        // "helping Coastal Partners Law find", "partnering with Saffron Valley Foods", "Estamos apoyando a Grupo Minero
        // Altavista", "Estou a apoiar o Banco Minho Digital", "im Auftrag der Alpha Sensorik", "namens Groenwerk".
        ClientPattern8(),
        ClientPattern9(),
        ClientPattern10(),
        // "I've now sent your CV and reel over to the compositing supervisor at Lumenfold".
        ClientPattern11(),
    ];

    [GeneratedRegex($"""\b(?i:our client|my client|the client|client|unser(?:em)? kunden?|(?:unser|mein)(?:em)? mandant(?:en)?|(?:mijn|onze) opdrachtgever|(?:einer |einem )?meine[mnr]? kunden?|der kunde|notre client|nuestro cliente|el cliente|nosso cliente|o cliente|onze klant|de klant)[,:]?\s+(?:(?i:is|ist|est|es|é|is)\s+)?(?:(?:die|der|das|den|dem|la|le|el|o|a|het|de)\s+|l['’])?{Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientPattern1();

    [GeneratedRegex($$"""\b(?i:role|position|opening|vacancy|job|post|opportunity|stelle|position|poste|vacature|functie|vaga|puesto|vacante|processo|proceso)(?: [^\n,.;]{0,50}?)? (?i:at|with|bei|chez|bij|en|na|no|em) (?:der |dem |la |le |el |de )?{{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientPattern2();

    [GeneratedRegex($$"""\b(?i:heard from|heard back from|feedback from|off the phone with|on the phone with|spoken? (?:to|with)|spoke (?:to|with)|talking (?:to|with)|chatted with)\s+(?:[\p{L}'’-]+\s+|\([^()\n]{1,40}\)\s+){0,4}?(?i:at|from)\s+{{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientPattern3();

    // Without a title, "met Erik van Velzen" is a surname: only a name of two words or more after "van"/"von"/"de" is an employer.
    [GeneratedRegex($$"""\b(?i:mit|met|con|com|avec)\s+(?:(?i:herrn|herr|frau|mevrouw|meneer|el señor|la señora|o senhor|a senhora|m\.|mme|mr\.?|ms\.?|mrs\.?)\s+\p{Lu}[\p{L}-]+\s+(?i:von|van|de|da|do|del|chez)\s+|\p{Lu}[\p{L}-]+\s+(?i:chez)\s+|\p{Lu}[\p{L}-]+\s+(?i:von|van|de|da|do|del)\s+(?=[\p{Lu}\d][\p{L}\p{N}&'’+-]*[ ][\p{Lu}\d&])){{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientPattern4();

    [GeneratedRegex($"""\b(?i:heard back from|(?:just )?heard from|feedback from|feedback von|das feedback von|spoken? (?:to|with)|spoke (?:to|with)|rückmeldung von|retour de|respuesta de|terugkoppeling van|reactie van|retorno d[aoe]|gebeld met|gesproken met|telefoniert mit|gesprochen mit|hablado con|colgar con|falei com|parlé avec|news from|nieuws van|noticias de|nachrichten von|nouvelles de|notícias d[aoe]) (?:(?:der|dem) (?:Firma |Unternehmen )?)?{Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientPattern5();

    [GeneratedRegex($"""{Name}['’]s (?i:plant manager|hiring manager|hr|head|md|ceo|cfo|coo|cto|founders?|team|people|managing|general manager|gm|finance director|board|recruiting|talent)\b""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientPattern6();

    [GeneratedRegex($"""(?:^|[.!?,:–—-]\s+|\n|\b(?i:and|but|that|so|dass|que|dat) ){Lead}{Name} (?i:want|wants|would like|'d like|’d like|has decided|have decided|has chosen|have chosen|have made|has made|have approved|has approved|came back|got back|have come back|are passing|is passing|passed|are keen|were impressed|was impressed|liked|loved|have offered|has offered|are offering|is offering|offered|picked|chose|went with|have gone with|has gone with|said yes|said no|hat sich|haben sich|hat entschieden|haben entschieden|a décidé|ont décidé|a choisi|ont choisi|heeft gekozen|hebben gekozen|heeft besloten|hebben besloten|(?:heeft|hebben) [^\n.;!?]+? gekozen|(?:hat|haben) sich [^\n.;!?]+? entschieden|decidió|decidieron|eligió|decidiu|decidiram|escolheu|willen|wil|möchte|möchten|wollen|quieren|quiere|querem|quer|veulent|veut|souhaite|souhaitent)\b""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientPattern7();

    [GeneratedRegex($$"""\b(?i:submitted (?:your )?(?:profile|cv|résumé|resume|application|details) to|sent your (?:cv|profile|résumé|resume|details) (?:over )?to|put you forward to|presented you to|helping|supporting|partnering with|partnered with|working with|working on behalf of|recruiting (?:an? [\p{L}-]+(?: [\p{L}-]+){0,3} )?for|retained by|engaged by|exclusively with|représentons|accompagnons|accompagne|pour le compte d[eu]|au nom d[eu]|apoyando a|trabajando con|colaborando con|en nombre de|asesorando a|acompañando a|acompañamos a|apoiar o|apoiar a|apoiando o|apoiando a|trabalhando com|em nome d[aoe]|im auftrag (?:von|der|des)|im namen (?:von|der|des)|unterstützen (?:wir )?(?:die|den|das)|namens|in opdracht van|ik werk voor|werken samen met|ondersteunen|de la part d[eu]|(?:search|opening|role|position|vacancy|mandate|assignment|brief)(?: I am| I'm| we are| we're)?(?: handling| running| leading| working on)? for|(?:retained|engaged|appointed|mandated|hired) by the (?:board|trustees|directors|governors|search committee|founders) (?:of|at)|terugkoppeling gekregen van|bericht gekregen van|gehoord van)\s+(?:(?i:currently|actuellement|derzeit|actualmente|atualmente|momenteel)\s+)?(?:(?i:the)\s+|(?:la|le|el|o|a|die|der|das|de|het)\s+)?{{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientPattern8();

    [GeneratedRegex($"""^{Name}\s*[-–:]\s*(?i:they|ze|ils|sie|ellos|eles)\b""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientPattern9();

    [GeneratedRegex($"""(?:^|[.!?]\s+|\n){Name} (?i:has|have|is|are|hat|haben|a|ont|ha|han|heeft|hebben|tem|têm) (?i:decided|chosen|asked|come back|been in touch|hiring|looking|keen|impressed|entschieden|décidé|decidido|besloten|decidiu)""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientPattern10();

    [GeneratedRegex($$"""\b(?i:sent|passed|forwarded|submitted) your (?i:cv|résumé|resume|profile|details|application)(?: [^\n.]{0,30}?)? (?i:to|over to) (?:(?i:the|their) [\p{Ll} -]{2,40} (?i:at|of) )?{{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientPattern11();

    // An agency's subject names the client: "Key Account Manager bei Hallmann Glas".
    private static readonly Regex[] ClientSubjectPatterns =
    [
        ClientSubjectPattern1(),
    ];

    [GeneratedRegex($"""\s(?i:at|bei|chez|bij|en|na|no|em|with|@)\s(?:der |dem |la |le |el |de )?{Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex ClientSubjectPattern1();

    // What a recruiter writes about a client, strong enough to tell a recruiter from an employer writing about itself.
    private static readonly Regex[] ClientVerdictPatterns = [ClientPatterns[0], ClientPatterns[2], ClientPatterns[3]];

    // A bare preposition before a capitalised name ("chez X", "bei X", "en X") is weaker evidence than the sender's display name.
    private static readonly Regex[] WeakBodyPatterns =
    [
        WeakBodyPattern1(),
        WeakBodyPattern2(),
        WeakBodyPattern3(),
        WeakBodyPattern4(),
        WeakBodyPattern5(),
        // ", de Vía Láctea." after a name introduces the employer; without the comma "de Vries" is a surname.
        WeakBodyPattern6(),
        WeakBodyPattern7(),
        WeakBodyPattern8(),
        WeakBodyPattern9(),
    ];

    [GeneratedRegex($"""\b(?i:chez|au sein de) {Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex WeakBodyPattern1();

    [GeneratedRegex($"""\b(?i:bei) (?:der |dem )?{Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex WeakBodyPattern2();

    [GeneratedRegex($"""\b(?i:formar parte de|interés en) {Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex WeakBodyPattern3();

    [GeneratedRegex($"""\b(?i:bij) {Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex WeakBodyPattern4();

    [GeneratedRegex($"""\b(?i:parte da|parte do|interesse na|interesse no|recrutadora da|recrutador da) {Name}""", RegexOptions.CultureInvariant)]
    private static partial Regex WeakBodyPattern5();

    [GeneratedRegex($""", (?i:de|da|do|del|from|van|von) {Name}(?=[,.!\n])""", RegexOptions.CultureInvariant)]
    private static partial Regex WeakBodyPattern6();

    // The writer introduces themselves by first name and workplace: "soy Paco del Asador El Fogón", "I'm Jo from Kiln Bar".
    [GeneratedRegex($$"""\b(?i:soy|sou|je suis|ich bin|hier ist|ik ben|I'm|I am|this is|it's) \p{Lu}\p{Ll}+ (?:(?i:del|do|da|du|from|at|vom|van|uit)|de la|de|von der) {{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex WeakBodyPattern7();

    // The writer says whose firm it is: "I'm the cofounder of Pocketfold", "ich bin Inhaber der Bäckerei Lutz".
    [GeneratedRegex($$"""\b(?i:co-?founder|founder|owner|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|propriétaire|(?:mit)?gründer(?:in)?|inhaber(?:in)?|co-?fundador(?:a)?|fundador(?:a)?|dueñ[oa]|(?:mede-?)?oprichter|eigena(?:ar|res)|dono|dona) (?i:of|at|de|du|des|von|der|van|da|do|del)(?: (?i:der|dem|la|el|a|o))? {{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex WeakBodyPattern8();

    // Where to come, written as a letterhead opening a line or a sentence: "Hollis Estates, 4 Bridge St", "Salon Lumière,
    // 12 rue Mercière", "Schreinerei Kollmann, Hauptstr. 61": the name, then a street (a number and a street's word).
    [GeneratedRegex($$"""(?:^|\n|[.?!][ ]+){{Name}},[ ](?:\d{1,5}[a-z]?,?[ ](?:\p{Lu}[\p{L}'’-]*[ ]){0,3}?(?:(?i:st|street|rd|road|ave|avenue|lane|ln|hwy|highway|way|drive|dr|blvd|boulevard|place|pl|court|ct|square|sq|row|parade|terrace|close|crescent|mews|walk|hill|park|industrial|business|rue|calle|rua|avenida|via|chemin)\b)|\p{Lu}\p{L}*(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|straat|plein|gracht|kade|dijk)[ ]\d)""", RegexOptions.CultureInvariant)]
    private static partial Regex WeakBodyPattern9();

    // A recruiting system's own words: "Your interview for Product Designer at Ardent Robotics is confirmed".
    [GeneratedRegex($$"""\b(?i:application|interview|candidacy) for (?i:the )?{{TextRole}} (?i:at|with) (?=\p{Lu}){{Name}}""", RegexOptions.CultureInvariant)]
    private static partial Regex AtsSentence();

    private static readonly Regex[] LinkTenants =
    [
        LinkTenant1(),
        LinkTenant2(),
        LinkTenant3(),
        LinkTenant4(),
        LinkTenant5(),
        LinkTenant6(),
        LinkTenant7(),
    ];

    [GeneratedRegex("""boards\.greenhouse\.io/(?:embed/job_app\?for=)?(?<c>[a-z0-9-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkTenant1();

    [GeneratedRegex("""jobs\.lever\.co/(?<c>[a-z0-9-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkTenant2();

    [GeneratedRegex("""(?<c>[a-z0-9-]+)\.wd\d+\.myworkday(?:jobs|site)?\.com""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkTenant3();

    [GeneratedRegex("""jobs\.ashbyhq\.com/(?<c>[a-z0-9-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkTenant4();

    [GeneratedRegex("""jobs\.smartrecruiters\.com/(?<c>[a-z0-9-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkTenant5();

    [GeneratedRegex("""(?<c>[a-z0-9-]+)\.(?:teamtailor\.com|recruitee\.com|breezy\.hr|bamboohr\.com|jobs\.personio\.(?:de|com))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkTenant6();

    [GeneratedRegex("""apply\.workable\.com/(?<c>[a-z0-9-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkTenant7();

    private static readonly HashSet<string> NotCompanies = new(StringComparer.OrdinalIgnoreCase)
    {
        "we", "our", "us", "you", "your", "the", "this", "that", "it", "unfortunately", "thank", "thanks", "hi", "hello",
        "dear", "team", "the team", "recruiting", "recruitment", "talent", "careers", "career", "jobs", "hr", "no-reply",
        "noreply", "hiring team", "talent acquisition", "human resources", "people", "notifications", "info", "support",
        "candidate", "applicant", "application", "our team", "nous", "wir", "uns", "nosotros", "wij", "nós", "equipe",
        "équipe", "l'équipe", "ihnen", "dir", "you all", "a", "an", "mail", "email", "system", "automation user",
        "our client", "my client", "the client", "re", "fwd", "fw", "aw", "their", "graduate", "talents", "talento", "service",
        "dotation", "afdeling", "selección", "fragen", "ihrem", "ihre", "votre candidature", "candidatura", "people & culture",
        "gestión humana", "portal de empleo", "inc", "fr", "com", "adv", "llc", "ltd", "gmbh", "direção de pessoas", "atração de talentos", "recruitment cell", "recruitment section",
        "early", "early careers", "campus", "bewerbermanagement", "personal", "ausbildung", "werken bij", "retail", "nursing", "facilities",
        "they", "he", "she", "ze", "zij", "sie", "er", "ils", "elles", "il", "elle", "ellos", "ellas", "eles", "elas", "allereerst",
        "good news", "great news", "bad news", "update", "tech", "trainee", "pessoas", "personas", "personen", "portal", "business partner", "gente & gestão", "gente e gestão",
        "meisterbetrieb", "familienbetrieb", "ausbildungsbetrieb", "student", "students",
        // Words that open a sentence before its verb ("Just want to see you on a wheel build"), never a name.
        "just", "also", "still", "really", "honestly", "only",
        // The same in the other languages, where the verb follows them ("Helaas heeft het team gekozen …").
        "helaas", "leider", "malheureusement", "lamentablemente", "infelizmente", "daarom", "deshalb", "inmiddels", "mittlerweile",
    };

    /// <summary>
    /// Company and role of a job email. The patterns run without a wall-clock timeout, so the answer never depends on
    /// how busy the machine is: each reads a bounded text (the subject's first line, 1,500 characters of the opening or
    /// the closing, a body of at most <see cref="MailText.MaxBodyChars"/>) and none nests unbounded repetition.
    /// </summary>
    public static (string? Company, string? Role) Extract(MailText text, string? recipient)
    {
        var (company, role) = ExtractByRules(text, recipient);
        // The ranker weighs other names only against an answer: where the rules name no one it names no one either.
        if (CompanyRanker.Default is not { } ranker || company is null)
        {
            return (company, role);
        }

        // "Marlow Fields Academy, part of Kestrel Learning Trust": the group the mail says the place belongs to never
        // replaces the place the rules read (a family the ranker's training mail holds too few of to learn).
        var choice = ranker.Choose(Candidates(text, recipient, company), company);
        return (choice != company && choice is not null && NamedAsParent(choice, text.Body) ? company : choice, role);
    }

    /// <summary>The rules' answer alone: what <see cref="Extract"/> gives before the ranker weighs the names the mail writes.</summary>
    internal static (string? Company, string? Role) ExtractByRules(MailText text, string? recipient) =>
        TheEmployer(text, recipient, ExtractNames(text, recipient, []));

    /// <summary>A name read across a line break ("Jenny Wren⏎Bookkeeping assistant" for wrenbookkeeping) is written on one line.</summary>
    private static string? OnOneLine(string? name) =>
        name is null || !name.AsSpan().ContainsAny('\n', '\r') ? name : LineBreaks().Replace(name, " ");

    [GeneratedRegex("""\s*[\r\n]+\s*""")]
    private static partial Regex LineBreaks();

    /// <summary>Where a mail signs: its last 1,500 characters (a signature, a letterhead, a legal footer).</summary>
    private static string Closing(string body) => body.Length > 1500 ? body[^1500..] : body;

    /// <param name="notNames">Words of a name already read and found to be no employer's (a role, a person): never read again.</param>
    private static (string? Company, string? Role) ExtractNames(MailText text, string? recipient, IReadOnlyCollection<string> notNames)
    {
        var recipientNames = RecipientNames(recipient);
        recipientNames.AddRange(notNames);
        string? company = null;
        string? role = null;
        string? domainContext = null;

        // Scraped subjects can carry a second line ("…\nBoîte de réception"); the first line is the subject.
        var subject = text.Subject.Split('\n')[0].Trim();
        var opening = text.Body.Length > 1500 ? text.Body[..1500] : text.Body;
        var closing = Closing(text.Body);
        // A recruiting agency writes about its client: the client is the employer, never the agency.
        // "Our client" in the mail of a firm that hires in the first person plural ("We'd like to offer you the job at
        // Moor & Pike. Our client Carver Estates …") names the firm's client, not the reader's employer.
        var byAgency = IsAgency(text.Sender) || AgencyCue().IsMatch(opening) && !EmployerSpeaks().IsMatch(opening) || SignedByAgency(text.Sender, closing);
        var bareSubject = ReplyPrefix().Replace(subject, "");
        if (byAgency)
        {
            company = FirstCompany(ClientPatterns, subject + "\n" + text.Body, recipientNames, text.Sender) ??
                      FirstCompany(ClientSubjectPatterns, bareSubject, recipientNames, text.Sender) ??
                      (IsAgency(text.Sender) ? ClientInSubject(bareSubject, text.Body, recipientNames, text.Sender) : null) ??
                      NamedInSubjectAndBody(bareSubject, text.Body, recipientNames, text.Sender) ??
                      ShortAndLongForm(bareSubject, text.Body, recipientNames, text.Sender) ??
                      ClientOfAgency(text, bareSubject, opening, recipientNames, markedAgency: true);
        }
        else if (WrittenByAPerson(text.Sender) && !EmployerSpeaks().IsMatch(opening))
        {
            // A recruiter's own firm need not say "recruitment" ("liam@harcourtblaine.co.uk"): a person who writes what
            // another employer decided, wants or offers writes for that employer's client. One who hires in the first
            // person plural ("We'd like to offer you", "Te invitamos") writes for the sender's own organisation.
            company = FirstCompany(ClientVerdictPatterns, opening, recipientNames, text.Sender) ??
                      ClientOfAgency(text, bareSubject, opening, recipientNames, markedAgency: false);
            byAgency = company is not null;
        }

        // Either way, a client named by a short form that the body writes out longer takes the longer form.
        company = company is null ? null : LongerInBody(company, text.Body, recipientNames, text.Sender) ?? company;

        Fill(SubjectPatterns, subject, recipientNames, ref company, ref role);
        role ??= BoardRole(opening, recipientNames);
        role ??= CuedBodyRole(opening, recipientNames, strongOnly: true);
        role ??= SubjectRole(subject, company, recipientNames);
        Fill(BodyPatterns, opening, recipientNames, ref company, ref role);
        role ??= CuedBodyRole(opening, recipientNames, strongOnly: false);
        company ??= FirstCompany(SignaturePatterns, closing, recipientNames);
        var signedByPerson = SignedByPerson(text.Sender, closing);
        company ??= signedByPerson ? FromSignature(text.Sender, closing, recipientNames) : null;
        // A display name that is an organisation's ("Noordzee Data" via an ATS, "Harbourline Ferries") names it even
        // when its first word opens a line of the closing.
        company ??= signedByPerson && !OrganisationDisplay(text.Sender) ? null : FromDisplayName(text.Sender, recipientNames);
        company ??= FirmUnderSignOff(closing, text.Sender, recipientNames);
        company ??= FirstCompany(WeakBodyPatterns, opening, recipientNames);
        // Only a recruiting system's mail: an employer's own, or its group's, names itself by its domain ("… at Store #214").
        company ??= VendorOf(text.Sender.Domain) is not null && AtsSentence().Match(opening) is { Success: true } atsNamed ? CleanCompany(atsNamed.Groups["c"].Value, recipientNames) : null;
        company ??= FromLinks(text.Body, text.Subject);
        company ??= FromAtsTenant(text.Sender, text.Subject + "\n" + opening);
        company ??= FirstCompany(FooterPatterns, text.Footer, recipientNames);
        company ??= AtsVendors.IsFreemailAnywhere(text.Sender.Domain)
            ? FirmSigningFreemail(text.Sender, closing, recipientNames) ?? FirmNamedForOwner(text.Sender, text.Body, recipientNames)
            : FromDomain(text.Sender, DomainContext());
        company = company is null ? null : CleanCompany(company, recipientNames);
        if (!byAgency)
        {
            company = AgreeWithDomain(company, role, text.Sender, DomainContext(), recipientNames);
        }

        if (!byAgency || company is null || !IsAgency(text.Sender))
        {
            company = WrittenForDomain(company, role, text.Sender, DomainContext(), recipientNames);
        }

        company = company is null ? null : FullName(company, subject, text.Body, text.Sender, recipientNames);
        if (company is not null && EmployersOwnLabel(text.Sender) is { } ownLabel)
        {
            company = byAgency ? company : DomainGoesOn(company, ownLabel, DomainContext()) ?? company;
            company = NameInRunningText(company, ownLabel, text.Body) ?? company;
            company = byAgency ? company : NameStartingDomain(company, ownLabel, DomainContext(), recipientNames) ?? company;
        }

        company = company is null || byAgency ? company : GroupOfTheSite(company, text, closing, recipientNames) ?? company;
        company = company is null ? null : AbbreviationWrittenOut(company, DomainContext());
        company = company is null ? null : TownByItsDomain(company, text.Sender);
        company = company is null ? null : WithoutTail(company, DomainContext(), text.Sender);
        company = company is null ? null : SiteAfterTheName(company, DomainContext(), text.Sender, recipientNames) ?? company;
        company = company is null ? null : WithWhatItIsFor(company, DomainContext(), text.Sender);
        company = company is null ? null : WithItsPossessive(WithItsArticle(company, DomainContext()), DomainContext(), text.Sender);
        company = company is null || IsSendersPersonalName(company, text.Sender, closing) ? null : company;
        return (OnOneLine(company), OnOneLine(WithoutEmployer(role, company)));

        // Where the mail writes a name for the sender's domain: the display name and the whole text, with addresses and
        // links blanked out (they spell the domain in its own lower case). Built once, on first need.
        string DomainContext() => domainContext ??= AddressOrLink().Replace(
            ViaSuffix().Replace(text.Sender.DisplayName, "") + "\n" + text.Subject + "\n" + text.Body + "\n" + text.Footer, " ");
    }

    /// <summary>
    /// An employer writing for itself sends from its own domain: a name the domain does not spell ("Credit Officer",
    /// "Zaragoza", "Regional Head" — a role, a town, a person's title read from a subject) gives way to one it does,
    /// from the display name or the text ("Tausi Microfinance Bank" for tausimfb.co.ke).
    /// </summary>
    private static string? AgreeWithDomain(string? company, string? role, Sender sender, string context, IReadOnlyCollection<string> recipientNames)
    {
        var label = RegistrableLabel(sender.Domain);
        if (label is null || label.Length < 3 || VendorOf(sender.Domain) is not null || AtsVendors.IsFreemailAnywhere(sender.Domain))
        {
            return company;
        }

        // "Kingsbridge Libraries" <…@kingsbridgelibraries.org>: a display name the domain spells letter for letter is the
        // sender's own organisation, over another it names ("services on behalf of Kingsbridge City Council").
        if (company is not null && OrganisationDisplay(sender) && FromDisplayName(sender, recipientNames) is { } own && Fold(own) == Fold(label) && !Abbreviation().IsMatch(own) &&
            !Fold(company).StartsWith(Fold(label), StringComparison.Ordinal) && !Fold(label).StartsWith(Fold(company), StringComparison.Ordinal))
        {
            return own;
        }

        if (company is not null && (SharesDomain(company, sender) || SpellsSubdomain(company, sender)) && !string.Equals(company, role, StringComparison.OrdinalIgnoreCase))
        {
            return company;
        }

        var named = FromDisplayName(sender, recipientNames) is { } display && SpellsDomain(display, sender) ? display : null;
        named ??= DomainPhrase(label, context);
        named = named is null ? null : CleanCompany(named, recipientNames);
        return named is not null && SpellsDomain(named, sender) ? named : company;
    }

    /// <summary>
    /// The name the mail writes for the sender's own domain wins over the domain's letters and over a shorter form:
    /// "Halifax Harbour Ferries" for hhferries, "Everstone Capital" for everstonecap, "Terrace Bay Mining" where a
    /// subject said "at Terrace Bay". Not for an ATS, a job board or a free mail service.
    /// </summary>
    private static string? WrittenForDomain(string? company, string? role, Sender sender, string context, IReadOnlyCollection<string> recipientNames)
    {
        // "CCHS Recruitment" signs mail that writes "Cassowary Coast Health Service" out.
        if (company is not null && Acronym().IsMatch(company) && Expansion(company, context, recipientNames) is { } expanded)
        {
            return expanded;
        }

        var label = RegistrableLabel(sender.Domain);
        if (label is null || label.Length < 4 || VendorOf(sender.Domain) is not null || AtsVendors.IsFreemailAnywhere(sender.Domain) ||
            company is not null && SpellsSubdomain(company, sender))
        {
            return company;
        }

        if (company is not null && context.Contains(company, StringComparison.Ordinal) && !SharesDomain(company, sender))
        {
            return company;
        }

        var written = DomainPhrase(label, context) is { } phrase ? CleanCompany(phrase, recipientNames) : null;
        // "Riverside Pediatric Associates" <…@riversidepeds…>: an organisation's display name that starts the domain.
        written ??= OrganisationDisplay(sender) && FromDisplayName(sender, recipientNames) is { } display && StartsDomain(display, label) ? display : null;
        if (written is null || role is not null && written.Contains(role, StringComparison.OrdinalIgnoreCase) ||
            JobTitle().IsMatch(written) || written.Split(' ').Length > 6)
        {
            return company;
        }

        // The domain's own letters recased, or a shorter form the written name goes on from.
        var slugLike = company is not null && !context.Contains(company, StringComparison.Ordinal) && Fold(label).Contains(Fold(company), StringComparison.Ordinal);
        var shorter = company is not null && written.Length > company.Length && written.StartsWith(company + " ", StringComparison.Ordinal) &&
                      !SiteWord().IsMatch(written[company.Length..]) &&
                      !RegisteredFormOf(company, written, context);
        return company is null || slugLike || shorter || Inflected(company, written) || ASiteOf(company, written, label) ? written : company;
    }

    /// <summary>
    /// "Ridgeline Freight Systems Ltd. · 6985 Financial Drive" in the footer of mail that otherwise calls the employer
    /// "Ridgeline Freight", "Lumenpath Labs, Inc. · 548 Market St" under "Thanks for applying to Lumenpath!": a longer name
    /// that the mail writes only as the registered company of an address line (a legal form, then a street or a postcode
    /// and town) is not the name the employer goes by. On a line of its own ("Kessler &amp; Voigt Versicherungen AG" above
    /// the address) it is the signature's name, which the labels keep.
    /// </summary>
    private static bool RegisteredFormOf(string company, string longer, string text)
    {
        var written = false;
        foreach (var (at, _, lineEnd) in Occurrences(longer, text))
        {
            var after = text[(at + longer.Length)..lineEnd];
            if (!LegalFormAfter(longer, after) || !AddressAfter().IsMatch(after))
            {
                return false;
            }

            written = true;
        }

        return written && Occurrences(company, text).Any(o => !text.AsSpan(o.At).StartsWith(longer, StringComparison.Ordinal));
    }

    // "· 6985 Financial Drive", ", 700 Pine Street", "· 50668 Köln", "Av. Berrini, 1500 · São Paulo": a street or a
    // postcode and town, not a registration number ("ABN 55 002 334 190").
    [GeneratedRegex("""(?<![\p{L}\d])\d{1,5}[a-z]?,?\s+(?:[·|–-]\s+)?\p{Lu}\p{Ll}+""")]
    private static partial Regex AddressAfter();

    /// <summary>The text right after a name opens with a legal form: ", Inc. ·", " Ltd.", ", S.A." (one or two words).</summary>
    private static bool LegalFormAfter(string name, string after)
    {
        var words = after.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        var end = 0;
        for (var count = 0; count < Math.Min(words.Length, 2); count++)
        {
            end = after.IndexOf(words[count], end, StringComparison.Ordinal) + words[count].Length;
            // A single letter ("… Stores is a …") is no legal form.
            if (LegalSuffix().Match(name + after[..end].TrimEnd('.', ',', ';')) is { Success: true } form && form.Groups[1].Length >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Mairie de Kerhallec" &lt;rh@ville-kerhallec.fr&gt;: the town hall is the building; the employer's official name is
    /// the one its domain gives, "Ville de Kerhallec".
    /// </summary>
    private static string TownByItsDomain(string company, Sender sender) =>
        company.StartsWith("Mairie d", StringComparison.Ordinal) && RegistrableLabel(sender.Domain) is { } label &&
        label.StartsWith("ville", StringComparison.Ordinal) && VendorOf(sender.Domain) is null
            ? "Ville" + company["Mairie".Length..]
            : company;

    /// <summary>
    /// "Holloway Green Academy" &lt;hr@hollowaygreen.ridgewaytrust.com&gt;: a school or site with its own subdomain under
    /// its trust's or group's domain is the employer the mail speaks for.
    /// </summary>
    private static bool SpellsSubdomain(string company, Sender sender)
    {
        var labels = sender.Domain.Split('.');
        var at = Array.IndexOf(labels, RegistrableLabel(sender.Domain));
        var sub = at > 0 ? Fold(labels[at - 1]) : "";
        return sub.Length >= 5 && !NotANameWord().IsMatch(sub) && Fold(company).StartsWith(sub, StringComparison.Ordinal);
    }

    /// <summary>
    /// "Copperline Lisbon Riverside" or "Pacific Crest Monterey" where the domain spells "Copperline Hotels" and the mail
    /// writes that name too: a hotel, store or site of the employer, named by the employer's first words and a place.
    /// </summary>
    private static bool ASiteOf(string company, string written, string label)
    {
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slug = Fold(label);
        var folded = Fold(company);
        return words.Length >= 2 && written.StartsWith(words[0] + " ", StringComparison.Ordinal) && !written.StartsWith(company, StringComparison.Ordinal) &&
               !company.StartsWith(written, StringComparison.Ordinal) && !Abbreviation().IsMatch(written) &&
               !folded.StartsWith(slug, StringComparison.Ordinal) && !slug.StartsWith(folded, StringComparison.Ordinal) && Fold(written) == slug;
    }

    /// <summary>
    /// A one-word name the employer's own domain goes on from by a word the mail does not write as part of the name:
    /// "Welcome to Juniper!" from junipercommunityhealth, "at Ashcombe" from ashcombeestates. The domain holds the
    /// whole name, which the labels (and a person reading the card) know the employer by; a mailbox, legal or web word
    /// after the name ("acmecareers", "acmeinc", "acmeonline") is not part of it.
    /// </summary>
    internal static string? DomainGoesOn(string company, string label, string context)
    {
        var name = Fold(company);
        var slug = Fold(label);
        if (company.Contains(' ', StringComparison.Ordinal) || name.Length < 4 || slug.Length < name.Length + 4 ||
            !slug.StartsWith(name, StringComparison.Ordinal) || label.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        var rest = slug[name.Length..];
        var written = SpelledExactly(rest, context);
        // A short rest ("kindness") counts only where the text writes its word.
        return NotANameWord().IsMatch(rest) || written is null && rest.Length < 5 ? null : company + " " + (written ?? Capitalised(rest));
    }

    /// <summary>
    /// "Lumenvale Insurance" where a legal line signs "Lumenvale Insurance Singapore Pte Ltd", "Greystone Mutual" under a
    /// display name "Greystone Mutual Insurance Group", "Harbourgate Bank" where a venue line reads "Harbourgate Bank
    /// Learning Centre": the first words of the name spell the employer's own domain to its last letter and the mail's
    /// running text writes them as the name on their own, so the words after them are a place, a site or a department.
    /// </summary>
    internal static string? NameInRunningText(string company, string label, string body)
    {
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var target = Fold(label);
        for (var end = 1; end < words.Length && target.Length >= 4; end++)
        {
            if (!Spells(target, 0, words[..end], 0, usedAny: false))
            {
                continue;
            }

            var rest = LegalSuffix().Replace(" " + string.Join(' ', words[end..]), "").Trim();
            var name = string.Join(' ', words[..end]);
            // "Northfield Medical" spells northfieldmed but goes on as "Northfield Medical Center" wherever the mail
            // writes it: the longer first words are the name.
            if (Fold(words[end - 1]).Length > 0 && SiteOrCountry().IsMatch(rest) && WrittenAlone(name, body) && !InASentence(company, body))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// "Copperleaf Family Practice" for copperleafclinic, "Beacon Hill Pharmacy" for beaconhillrx: where nothing but the
    /// domain's letters named the employer, a capitalised name whose first words spell the domain's start (six letters
    /// or more) and then go on otherwise than the domain is the name the mail writes for it.
    /// </summary>
    internal static string? NameStartingDomain(string company, string label, string context, IReadOnlyCollection<string> recipientNames)
    {
        var slug = Fold(label);
        if (company.Contains(' ', StringComparison.Ordinal) || Fold(company) != slug || context.Contains(company, StringComparison.Ordinal))
        {
            return null;
        }

        string? best = null;
        var bestLetters = 0;
        foreach (var words in PhraseWords(context))
        {
            for (var start = 0; start < words.Length; start++)
            {
                var letters = 0;
                var end = start;
                for (; end < words.Length && slug.AsSpan(letters).StartsWith(Fold(words[end]), StringComparison.Ordinal); end++)
                {
                    letters += Fold(words[end]).Length;
                }

                // "Harvest Moon" for harvestmoonbakery is only the start of the domain's own name, which its letters already give.
                var phrase = string.Join(' ', words[start..]).Trim(' ', '&');
                if (letters >= 6 && letters > bestLetters && end < words.Length && char.IsUpper(words[start][0]) &&
                    CleanCompany(phrase, recipientNames) is { } named && named.Contains(' ', StringComparison.Ordinal) && !JobTitle().IsMatch(named))
                {
                    best = named;
                    bestLetters = letters;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// "Ridgecrest USD" signs mail that writes "Ridgecrest Unified School District", "Thornbury Vale DC" a council's
    /// "Thornbury Vale District Council": a name ending in capitals is written out where its first words go on by words
    /// whose initials are those capitals.
    /// </summary>
    internal static string AbbreviationWrittenOut(string company, string context)
    {
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && ShortAcronym().IsMatch(words[0]) && !words[1..].Any(w => ShortAcronym().IsMatch(w)))
        {
            return LeadingAbbreviationWrittenOut(words, context) ?? company;
        }

        if (words.Length < 2 || !ShortAcronym().IsMatch(words[^1]))
        {
            return company;
        }

        var letters = words[^1];
        var lead = words[..^1];
        foreach (var run in PhraseWords(context))
        {
            for (var start = 0; start + lead.Length < run.Length; start++)
            {
                if (!run.AsSpan(start, lead.Length).SequenceEqual(lead))
                {
                    continue;
                }

                var at = 0;
                var index = start + lead.Length;
                for (; index < run.Length && at < letters.Length; index++)
                {
                    if (NameJoiner().IsMatch(run[index]))
                    {
                        continue;
                    }

                    if (run[index][0] != letters[at])
                    {
                        break;
                    }

                    at++;
                }

                if (at == letters.Length)
                {
                    return string.Join(' ', run[start..index]);
                }
            }
        }

        return company;
    }

    [GeneratedRegex("""^\p{Lu}{2,4}$""")]
    private static partial Regex ShortAcronym();

    /// <summary>
    /// "CH de Valmont" where the letterhead writes "Centre hospitalier de Valmont", "EBS Alvarinhos" for "Escola Básica e
    /// Secundária de Alvarinhos": a public body's abbreviation leads its name, and the mail writes the words it stands for
    /// (in any case, joined by "e", "de", "und" …) before the rest of the name.
    /// </summary>
    private static string? LeadingAbbreviationWrittenOut(string[] words, string context)
    {
        var initials = string.Join(@"\s+(?:(?:e|et|and|und|y|of|de|da|do|des|du|für)\s+)?",
            words[0].Select(letter => $"(?i:{char.ToLowerInvariant(letter)})[\\p{{L}}'’-]+"));
        var rest = string.Join(@"\s+", words[1..].Select(Regex.Escape));
        var match = Regex.Match(context, $@"(?<![\p{{L}}])(?=\p{{Lu}}){initials}\s+(?:(?:de|da|do|des|du|of|von)\s+)?{rest}(?![\p{{L}}])", RegexOptions.CultureInvariant);
        return match.Success ? Regex.Replace(match.Value, @"\s+", " ") : null;
    }

    /// <summary>
    /// "Marco / Le Petit Comptoir – 14 rue Mercière, Lyon", "Gruß Toni / Zum Goldenen Hirsch, Hauptstr. 12": a small
    /// firm writing from free mail signs its first name and, on the next line, the firm's name with its street address.
    /// </summary>
    private static string? FirmUnderSignOff(string closing, Sender sender, IReadOnlyCollection<string> recipientNames)
    {
        var lines = SignatureLines(closing).ToList();
        for (var i = lines.Count - 2; i >= 0; i--)
        {
            if (!SignOffName().IsMatch(lines[i]))
            {
                continue;
            }

            // The firm's line is a letterhead's: a name, then the street and the town, no sentence.
            var line = lines[i + 1];
            var parts = SignatureParts(line).ToList();
            var addressed = parts.Skip(1).Any(p => StreetNumber().IsMatch(p)) || parts.Count == 1 && i + 2 < lines.Count && StreetNumber().IsMatch(lines[i + 2]);
            if (parts.Count == 0 || line.Length > 80 || line.IndexOfAny(['!', '?']) >= 0 || parts[0].Split(' ').Length > 5 || StreetNumber().IsMatch(parts[0]) ||
                ContactDetail().IsMatch(parts[0]) || JobTitle().IsMatch(parts[0]) || Department().IsMatch(parts[0]) || SentenceCase(parts[0]) ||
                CleanCompany(parts[0], recipientNames) is not { } firm)
            {
                continue;
            }

            if (addressed && parts.Skip(1).All(p => p.Any(char.IsDigit) || p.Split(' ').Length <= 3) || OwnFirm(parts[0], lines[i], sender))
            {
                return firm;
            }
        }

        return null;
    }

    /// <summary>
    /// "Nico / Nico's Kitchen", "Gruß Martin / Schreinerei Kollmann – Innenausbau &amp; Möbel", "Kev / Marsh Lane Accounts"
    /// from marshlaneaccounts@outlook.com: without an address, the line under a first name is the firm's where it is
    /// written as an organisation's name or the mailbox spells it, and it is not the signer's own full name.
    /// </summary>
    private static bool OwnFirm(string name, string signOff, Sender sender)
    {
        // "Regards,", "Cheers" or "Congrats!" alone is a farewell, not a first name.
        var signer = signOff[(signOff.LastIndexOf(' ') + 1)..].TrimEnd('.');
        if (signer.EndsWith(',') || signer.EndsWith('!') || Farewell().IsMatch(signer))
        {
            return false;
        }

        var display = ViaSuffix().Replace(sender.DisplayName, "").Trim();
        if (OrganisationWord().IsMatch(name))
        {
            return !name.StartsWith(signer + " ", StringComparison.Ordinal);
        }

        // A name that reads as a person's is the firm's only as the display name of a mailbox that spells it, signed by
        // someone whose first name is none of its words ("Kev" for "Marsh Lane Accounts", not "Jo" for "Joanna Smith").
        var mailbox = Fold(sender.LocalPart);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return AtsVendors.IsFreemail(sender.Domain) && name == display && words.Length >= 2 && mailbox.StartsWith(Fold(name), StringComparison.Ordinal) &&
               !words.Any(w => w.StartsWith(signer, StringComparison.Ordinal) || signer.StartsWith(w, StringComparison.Ordinal));
    }

    // A sign-off of a first name alone, perhaps after a word of farewell: "Kees", "Gruß Toni", "Abraço, Zé".
    // "Cheers" alone is the farewell, not who signs: the first name is on the next line.
    [GeneratedRegex("""^(?:(?i:gruß|grüße|lg|vg|groet|groetjes|cheers|thanks|best|bises|abraço|abraços|abrazo|saludos|cordialement|merci|ciao)[,]?\s)?(?!(?i:gruß|grüße|groet|groetjes|cheers|thanks|best|bises|abraço|abraços|abrazo|saludos|cordialement|merci|ciao|regards|danke|gracias|obrigad[oa]|bedankt)\b)\p{Lu}[\p{Ll}'’-]+[.,!]?$""")]
    private static partial Regex SignOffName();

    [GeneratedRegex("""^(?i:regards|cheers|thanks|best|sincerely|gruß|grüße|groet|groetjes|bises|abraço|abraços|abrazo|saludos|cordialement|merci|ciao|danke|bedankt|obrigad[oa]|gracias|atenciosamente|mfg|lg|vg|kr|br|xx?)$""")]
    private static partial Regex Farewell();

    /// <summary>
    /// A small firm writing from free mail under its own name ("Auto Reis", "Praktijk Het Anker") signs with the name in
    /// full: "Fernando Reis – Oficina Auto Reis, Setúbal", "Tandartspraktijk Het Anker, Havenstraat 3, Harlingen".
    /// </summary>
    private static string? FirmSigningFreemail(Sender sender, string closing, IReadOnlyCollection<string> recipientNames)
    {
        var display = ViaSuffix().Replace(sender.DisplayName, "").Trim();
        if (!display.Contains(' ', StringComparison.Ordinal) || display.Contains('@'))
        {
            return null;
        }

        foreach (var line in SignatureLines(closing))
        {
            foreach (var part in SignatureParts(line))
            {
                if (part.EndsWith(display, StringComparison.OrdinalIgnoreCase) && part.Split(' ').Length <= 5 && !JobTitle().IsMatch(part) &&
                    CleanCompany(part, recipientNames) is { } firm)
                {
                    return firm;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Terry Langford" &lt;terry.langford69@gmail.com&gt; writing "come Mon 9am? Langford Removals, Unit 3": a small firm
    /// writing from free mail is named for its owner, by the surname and the words of a trade.
    /// </summary>
    private static string? FirmNamedForOwner(Sender sender, string body, IReadOnlyCollection<string> recipientNames)
    {
        var display = ViaSuffix().Replace(sender.DisplayName, "").Trim();
        var space = display.LastIndexOf(' ');
        if (space < 0 || !PersonName().IsMatch(display))
        {
            return null;
        }

        var surname = display[(space + 1)..];
        for (var at = body.IndexOf(surname + " ", StringComparison.Ordinal); at >= 0; at = body.IndexOf(surname + " ", at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetter(body[at - 1]) || PhraseRun().Match(body, at) is not { Success: true } phrase || phrase.Index != at)
            {
                continue;
            }

            var trade = phrase.Value[surname.Length..];
            if (OrganisationWord().IsMatch(trade) && !JobTitle().IsMatch(trade) && CleanCompany(phrase.Value, recipientNames) is { } firm && firm.Length > surname.Length)
            {
                return firm;
            }
        }

        return null;
    }

    /// <summary>
    /// The sending domain's own name ("mountasterlodge") when it is the employer's: not a recruiting system's, not free mail,
    /// not one that names an agency. A team word in the display name ("Mount Aster Lodge Staffing") reads as an agency; a
    /// name whose first words spell the sending domain is the sender's own all the same.
    /// </summary>
    private static string? EmployersOwnLabel(Sender sender) =>
        RegistrableLabel(sender.Domain) is { } label && VendorOf(sender.Domain) is null && !AtsVendors.IsFreemailAnywhere(sender.Domain) && !AgencyWord().IsMatch(label)
            ? label
            : null;

    /// <summary>
    /// The name with no capitalised word right before or after it, other than a legal form ("interest in Greystone
    /// Mutual.", a sign-off line "Shady Grove ISD", "Harbourgate Bank Plc").
    /// </summary>
    private static bool WrittenAlone(string name, string body)
    {
        foreach (var (at, lineStart, lineEnd) in Occurrences(name, body))
        {
            var before = body[lineStart..at].TrimEnd();
            var after = body[(at + name.Length)..lineEnd];
            var previous = before.Length == 0 ? "" : before[(before.LastIndexOf(' ') + 1)..];
            if ((at == 0 || !char.IsLetterOrDigit(body[at - 1])) && (!NameGoesOn().IsMatch(after) || LegalSuffix().IsMatch(" " + after.Trim())) &&
                (previous.Length == 0 || !char.IsUpper(previous[0]) || previous.EndsWith('.') || previous.EndsWith(':')))
            {
                return true;
            }
        }

        return false;
    }

    // After an employer's name, not part of it: a site ("Learning Centre", "Regional Office", "DC 7"), a department of its
    // own ("Transportation", "Nursing Education"), the country of a subsidiary ("Singapore", "India").
    [GeneratedRegex("""^(?:(?:learning|training|regional|head|main|nursing|staff|staffing|recruiting|hiring|university|education|transportation|branch|dc|\d+|centre|center|office|offices|campus|site|depot|warehouse|dept\.?|department|singapore|india|nigeria|kenya|south africa|ghana|australia|new zealand|ireland|uk|usa?|canada|deutschland|germany|austria|österreich|schweiz|suisse|switzerland|france|españa|spain|portugal|brasil|brazil|nederland|netherlands|belgië|belgique|belgium|méxico|mexico|chile|argentina|colombia|perú|lisboa|porto|madrid|barcelona|paris|berlin|münchen|wien|zürich|amsterdam|rotterdam|london|dublin|sydney|melbourne|auckland|toronto|mumbai|bangalore|bengaluru|lagos|nairobi|johannesburg|cape town)(?:[ ]|$))+$""", RegexOptions.IgnoreCase)]
    private static partial Regex SiteOrCountry();

    /// <summary>The name on a line that is a sentence (it holds a lower-case word), not a sign-off, a venue or a header.</summary>
    private static bool InASentence(string name, string body) =>
        Occurrences(name, body).Any(o => LowerCaseWord().IsMatch(body[o.LineStart..o.LineEnd]));

    /// <summary>Where the text writes the name, with the bounds of the line it stands on.</summary>
    private static IEnumerable<(int At, int LineStart, int LineEnd)> Occurrences(string name, string body)
    {
        for (var at = body.IndexOf(name, StringComparison.Ordinal); at >= 0; at = body.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            // The line ends after the name, even where the name itself holds a line break.
            yield return (at, body.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1, body.IndexOf('\n', at + name.Length) is var end and >= 0 ? end : body.Length);
        }
    }

    /// <summary>
    /// Where the text writes the name as a whole (no letter or number right before or after it), one writing after the
    /// other as a search for the word would find them, with the bounds of the line it stands on.
    /// </summary>
    private static IEnumerable<(int At, int LineStart, int LineEnd)> WholeWordOccurrences(string name, string text)
    {
        var from = 0;
        foreach (var occurrence in Occurrences(name, text))
        {
            var end = occurrence.At + name.Length;
            if (occurrence.At >= from && (occurrence.At == 0 || !LetterOrNumber(text[occurrence.At - 1])) && (end == text.Length || !LetterOrNumber(text[end])))
            {
                from = end;
                yield return occurrence;
            }
        }

        static bool LetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);
    }

    [GeneratedRegex("""^(?:[\p{L}\p{N}]|[ ]?[-–&]?[ ]?[\p{Lu}\p{N}&(])""")]
    private static partial Regex NameGoesOn();

    [GeneratedRegex("""(?<![\p{L}])\p{Ll}{3,}(?![\p{L}])""")]
    private static partial Regex LowerCaseWord();

    /// <summary>Consecutive words of the text whose letters are exactly the slug's, capitalised ("communityhealth" → "Community Health").</summary>
    private static string? SpelledExactly(string slug, string context)
    {
        var words = Words().Matches(context);
        for (var start = 0; start < words.Count; start++)
        {
            var joined = "";
            for (var end = start; end < Math.Min(words.Count, start + 4) && slug.StartsWith(joined, StringComparison.Ordinal); end++)
            {
                joined += Fold(words[end].Value);
                if (joined == slug)
                {
                    return string.Join(' ', Enumerable.Range(start, end - start + 1).Select(i => Capitalised(words[i].Value)));
                }
            }
        }

        return null;
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex("""^(?:careers?|jobs?|recruit\w*|talent\w*|team|hr|people|hiring|mail|email|online|web|site|net|digitalhr|global|international|intl|usa|us|uk|eu|hq|inc|corp|llc|ltd|gmbh|co|group|holding|holdings|app|apps|io|official|news|info|\d+)$""")]
    private static partial Regex NotANameWord();

    /// <summary>
    /// "bei der Rheinischen" for "Rheinische Versicherungsgruppe": one word that is the written name's first word with a
    /// German case ending (-n, -en, -s, -es, -m, -r), as running text declines a name's adjective.
    /// </summary>
    internal static bool Inflected(string company, string written)
    {
        var first = written.Split(' ')[0];
        return !company.Contains(' ', StringComparison.Ordinal) && written.Contains(' ', StringComparison.Ordinal) && first.Length >= 4 &&
               company.StartsWith(first, StringComparison.Ordinal) && company[first.Length..] is "n" or "en" or "s" or "es" or "m" or "r";
    }

    /// <summary>
    /// The words of one line whose initials are the acronym, from a capitalised one, small joining words between them
    /// skipped: "Cassowary Coast Health Service" for CCHS, "Organisation internationale pour la sécurité alimentaire"
    /// for OISA, "Centro de Ciências do Mar do Algarve Ocidental" for CCMAO. The first such run, or null.
    /// </summary>
    private static string? Expansion(string acronym, string context, IReadOnlyCollection<string> recipientNames) =>
        Expansions([acronym], context, recipientNames).GetValueOrDefault(acronym);

    /// <summary><see cref="Expansion"/> for several acronyms, reading the text once: each acronym's first run, if any.</summary>
    private static Dictionary<string, string> Expansions(IReadOnlyCollection<string> acronyms, string context, IReadOnlyCollection<string> recipientNames)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in context.Split('\n'))
        {
            var words = Words().Matches(line);
            for (var start = 0; start < words.Count && found.Count < acronyms.Count; start++)
            {
                foreach (var acronym in acronyms)
                {
                    // Words that spell the acronym need no cleaning (the rules' would cut "pour la santé maritime"), only
                    // never the reader's name.
                    if (!found.ContainsKey(acronym) && ExpansionEnd(line, words, start, acronym) is { } end &&
                        line[words[start].Index..end] is var name && !NamesTheReader(name, recipientNames))
                    {
                        found[acronym] = name;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>A word of the name is one of the reader's names.</summary>
    private static bool NamesTheReader(string name, IReadOnlyCollection<string> recipientNames) =>
        recipientNames.Any(n => Words().Matches(name).Any(w => w.Value.Equals(n, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Where the words from <paramref name="start"/> spell <paramref name="acronym"/> by their initials, the end of the last; else null.</summary>
    private static int? ExpansionEnd(string line, MatchCollection words, int start, string acronym)
    {
        var first = words[start].Value;
        if (!char.IsUpper(first[0]) || first == acronym || IsAcronymJoiner(first.ToLowerInvariant()))
        {
            return null;
        }

        var letter = 0;
        for (var at = start; at < words.Count; at++)
        {
            // One name: only spaces, hyphens and apostrophes between its words ("l'environnement", "Direção-Geral").
            if (at > start && line.AsSpan()[(words[at - 1].Index + words[at - 1].Length)..words[at].Index].IndexOfAnyExcept(" -'’") >= 0)
            {
                return null;
            }

            var word = words[at].Value;
            if (at > start && IsAcronymJoiner(word.ToLowerInvariant()))
            {
                continue;
            }

            if (word.Length < 2 || word == acronym || Fold(word) is not { Length: > 0 } folded || char.ToUpperInvariant(folded[0]) != acronym[letter])
            {
                return null;
            }

            if (++letter == acronym.Length)
            {
                return words[at].Index + words[at].Length;
            }
        }

        return null;
    }

    /// <summary>A small word an acronym skips: the joining words of a name, and those names write in lower case.</summary>
    private static bool IsAcronymJoiner(string lower) => Joiners.Contains(lower) || AcronymJoiners.Contains(lower);

    private static readonly HashSet<string> AcronymJoiners =
        new(["for", "pour", "para", "em", "en", "in", "für", "voor", "et", "und", "el", "al", "au", "aux", "het", "op", "l", "d"], StringComparer.Ordinal);

    [GeneratedRegex("""^\p{Lu}{3,6}$""")]
    private static partial Regex Acronym();

    // "AD", "ClinOps", "HR": a word with two capitals.
    [GeneratedRegex("""\b\p{Lu}[\p{L}]*\p{Lu}""")]
    private static partial Regex Abbreviation();

    /// <summary>The first word whole and the second by at least its initial: "Riverside Pediatric …" for riversidepeds.</summary>
    private static bool StartsDomain(string name, string label)
    {
        var slug = Fold(label);
        var words = Words().Matches(name).Select(w => Fold(w.Value)).Where(w => w.Length > 0).ToArray();
        return words.Length >= 2 && words[0].Length >= 4 && slug.StartsWith(words[0], StringComparison.Ordinal) &&
               slug.Length > words[0].Length && slug[words[0].Length] == words[1][0];
    }

    /// <summary>An organisation's display name: sent through an ATS, or holding words people's names never hold.</summary>
    private static bool OrganisationDisplay(Sender sender) =>
        sender.DisplayName.Length > 0 && !sender.DisplayName.Contains('@', StringComparison.Ordinal) &&
        (VendorOf(sender.Domain) is not null || OrganisationWord().IsMatch(sender.DisplayName) || !PersonName().IsMatch(ViaSuffix().Replace(sender.DisplayName, "").Trim()));

    /// <summary>"Nuria Castell" &lt;elmolinillo@…&gt;: the person who wrote, not the employer (unless the domain is their name).</summary>
    private static bool IsSendersPersonalName(string company, Sender sender, string closing)
    {
        // The name is written in the display name (the display name below is a prefix of it): most names are not.
        if (!sender.DisplayName.Contains(company, StringComparison.Ordinal))
        {
            return false;
        }

        var display = ViaSuffix().Replace(sender.DisplayName, "").Trim();
        // "Priya Shah (Hays Recruitment)": a person with their organisation in brackets, read as the person's name alone.
        var bracket = display.IndexOf(" (", StringComparison.Ordinal);
        var person = bracket > 0 ? display[..bracket].Trim() : display.Split([" – ", " - ", " | "], StringSplitOptions.None)[0].Trim();
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Contains('.', StringComparison.Ordinal) && w is not ("Dr" or "Dra" or "Mr" or "Mrs" or "Ms")).ToArray();
        // A first and a last name, signed as such; "Fenwick Outdoor Supply" is three words and no one's name.
        if (words.Length != 2 || !PersonName().IsMatch(company) || OrganisationWord().IsMatch(company) || !display.Contains(company, StringComparison.Ordinal) ||
            !PersonName().IsMatch(person))
        {
            return false;
        }

        // The person signs with their first name (or, beside a bracketed organisation, their whole name), or the address
        // is theirs.
        var signed = SignatureLines(closing).Any(l => l == words[0] || l == words[0] + "," || bracket > 0 && l == company) || IsPerson(display, sender);
        var slug = Fold(RegistrableLabel(sender.Domain) ?? "");
        // "Kantonsschule Seefeld" for ksseefeld.ch is the school, whoever's mailbox sent it.
        return signed && !OrganisationWord().IsMatch(bracket > 0 ? person : display) && VendorOf(sender.Domain) is null && Fold(company) != slug &&
               SpelledPhrase(RegistrableLabel(sender.Domain) ?? "", company) is null;
    }

    /// <summary>
    /// The employer's whole name where a line of the mail writes it out: a display name says "Pilbara Ridge" or
    /// "Medwell", the signature "Pilbara Ridge Minerals" or "Medwell Pharmacy Talent Acquisition". Only a line (or a
    /// part of one between separators) that starts with the name counts, so a role written after the name in running
    /// text ("the Acme Data Engineer role") never lengthens it.
    /// </summary>
    private static string FullName(string company, string subject, string body, Sender sender, IReadOnlyCollection<string> recipientNames)
    {
        var best = company;
        foreach (var line in SignatureLines(ReplyPrefix().Replace(subject, "") + "\n" + body).Select(l => ReplyPrefix().Replace(l, "")))
        {
            foreach (var part in SignatureParts(line))
            {
                if (part.Length <= best.Length + 1 || part.Length > 80 || !part.StartsWith(company + " ", StringComparison.Ordinal) ||
                    ContactDetail().IsMatch(part) || StreetNumber().IsMatch(part) || part.Contains(": ", StringComparison.Ordinal))
                {
                    continue;
                }

                var longer = CleanCompany(part, recipientNames) is { } named ? NotOfTheName().Replace(named, "") : null;
                // "Fwd: Lantana Bio AD ClinOps - thought of you": a subject can go on into the role, in its abbreviations.
                if (longer is not null && longer.Length > company.Length && !body.Contains(longer, StringComparison.Ordinal) && !sender.DisplayName.Contains(longer, StringComparison.Ordinal) &&
                    (Abbreviation().IsMatch(longer[company.Length..]) || LooksLikeRole(longer[company.Length..].Trim())))
                {
                    continue;
                }

                if (longer is not null && longer.Length > best.Length && longer.StartsWith(company + " ", StringComparison.Ordinal) &&
                    !JobTitle().IsMatch(longer[company.Length..]) && longer[company.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || w == "&") &&
                    !RegisteredFormOf(company, longer, sender.DisplayName + "\n" + subject + "\n" + body))
                {
                    best = longer;
                }
            }
        }

        return best;
    }

    /// <summary>Takes company and role from the first patterns that name them, in order of trust.</summary>
    private static void Fill(Regex[] patterns, string text, IReadOnlyCollection<string> recipientNames, ref string? company, ref string? role)
    {
        foreach (var pattern in patterns)
        {
            if (company is not null && role is not null)
            {
                return;
            }

            var match = pattern.Match(text);
            if (match.Success)
            {
                // "Tu candidatura para Ingeniera de Software": a subject's "para X" can name the role, not the employer.
                if (company is null && role is null && !match.Groups["r"].Success && CleanCompany(match.Groups["c"].Value, recipientNames) is { } named &&
                    LooksLikeRole(named) && CleanRole(named, recipientNames) is { } asRole)
                {
                    role = asRole;
                    continue;
                }

                company ??= CleanCompany(match.Groups["c"].Value, recipientNames);
                role ??= CleanRole(match.Groups["r"].Value, recipientNames);
            }
        }
    }

    private static string? FirstCompany(Regex[] patterns, string text, IReadOnlyCollection<string> recipientNames, Sender? notThisSender = null) =>
        patterns.SelectMany(p => p.Matches(text))
            .Select(m => CleanCompany(m.Groups["c"].Value, recipientNames))
            .FirstOrDefault(c => c is not null && (notThisSender is null || !IsSendersOwnName(c, notThisSender) && (!JobTitle().IsMatch(c) || ManagementFirm().IsMatch(c))));

    // "Ironleaf Asset Management", "Harrow Property Management": a firm named for what it manages, not a title.
    [GeneratedRegex("""^\p{Lu}\p{Ll}+ (?:Asset|Investment|Wealth|Fund|Property|Facilities|Waste|Estate|Capital) Management$""", RegexOptions.CultureInvariant)]
    private static partial Regex ManagementFirm();

    private static bool IsSendersOwnName(string company, Sender sender)
    {
        var folded = Fold(company);
        var domain = Fold(RegistrableLabel(sender.Domain) ?? "");
        return folded.Length >= 3 && domain.Length >= 3 && (domain.Contains(folded, StringComparison.Ordinal) || folded.Contains(domain, StringComparison.Ordinal)) ||
               Fold(sender.DisplayName).Contains(folded, StringComparison.Ordinal);
    }

    /// <summary>
    /// An agency's subject "Head of Quality - Saffron Valley Foods, Pune": a part after a dash, without its town, that the
    /// body writes too and that is neither the agency nor a job.
    /// </summary>
    private static string? ClientInSubject(string subject, string body, IReadOnlyCollection<string> recipientNames, Sender sender)
    {
        var parts = subject.Split([" - ", " – ", " — ", " | "], StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts.Skip(1))
        {
            var name = TownAfterName().Replace(part.Trim(), "");
            if (name.Length < 3 || !char.IsUpper(name[0]) || JobTitle().IsMatch(name) || !WrittenAsAName(name, body) ||
                CleanCompany(name, recipientNames) is not { } company || IsSendersOwnName(company, sender) || company != name)
            {
                continue;
            }

            return company;
        }

        return null;
    }

    [GeneratedRegex("""\s*(?:,\s*[\p{L} .'-]+|\([^)]*\))$""")]
    private static partial Regex TownAfterName();

    /// <summary>
    /// An agency's mail that names its client in the subject and again in the body ("Alpha Sensorik – Rückmeldung" /
    /// "Alpha Sensorik hat das Projekt …", "Proposta do Banco Minho Digital"): the longest name both write that is
    /// neither the agency, a person, a job nor a place after "in". One word counts only after an article or a
    /// preposition of the subject ("Rückmeldung von der Sparkasse").
    /// </summary>
    private static string? NamedInSubjectAndBody(string subject, string body, IReadOnlyCollection<string> recipientNames, Sender sender)
    {
        string? best = null;
        foreach (Match run in PhraseRun().Matches(subject))
        {
            // "Your application - Water Network Technician", "Enfermeiro(a) Bloco Operatório": a run that is a job, or
            // goes on from one, names no employer.
            var before = subject[..run.Index].TrimEnd();
            var previous = before.Length == 0 ? "" : before[(before.LastIndexOfAny([' ', '-', '–', ':', '|']) + 1)..];
            if (LooksLikeRole(run.Value) || JobTitle().IsMatch(run.Value) || previous.Length > 0 && LooksLikeRole(previous + " " + run.Value))
            {
                continue;
            }

            var words = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var start = 0; start < words.Length; start++)
            {
                for (var end = words.Length; end > start; end--)
                {
                    var name = string.Join(' ', words[start..end]).Trim(' ', '&');
                    // "Sales & Marketing": a run's "&" alone trims to nothing.
                    if (name.Length < 2 || best is not null && name.Length <= best.Length || !char.IsUpper(name[0]) || !char.IsLetterOrDigit(name[^1]) ||
                        !body.Contains(name, StringComparison.Ordinal) || !WrittenAsAName(name, body))
                    {
                        continue;
                    }

                    var single = end - start == 1;
                    if (single && !EmployerMarker().IsMatch(subject[..(run.Index + subject[run.Index..].IndexOf(name, StringComparison.Ordinal))]) ||
                        JobTitle().IsMatch(name) || LooksLikeRole(name) || CalendarOrSubjectWord().IsMatch(name) || sender.DisplayName.Contains(name, StringComparison.Ordinal) ||
                        CleanCompany(name, recipientNames) is not { } company || company != name || IsSendersOwnName(company, sender))
                    {
                        continue;
                    }

                    best = name;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// "Proposta – Lusomar" / "a proposta da Lusomar Navegação", "…, Harbourside Private" / "at Harbourside Private
    /// Hospital": a client named by one or two words that the body writes out longer.
    /// </summary>
    private static string? LongerInBody(string company, string body, IReadOnlyCollection<string> recipientNames, Sender sender)
    {
        if (company.Split(' ').Length > 2 || company.Length < 4)
        {
            return null;
        }

        foreach (Match phrase in PhraseRun().Matches(body))
        {
            if (phrase.Value.StartsWith(company + " ", StringComparison.Ordinal) && CleanCompany(phrase.Value, recipientNames) is { } longer &&
                longer.Length > company.Length && longer.Split(' ').Length <= 5 && !LooksLikeRole(longer) && !JobTitle().IsMatch(longer) &&
                !IsSendersOwnName(longer, sender) && !SharesDomain(longer, sender))
            {
                return longer;
            }
        }

        return null;
    }

    /// <summary>
    /// An agency's subject and body that name the client in a short and a long form: "Boréal – offre verbale" over
    /// "l'offre de Boréal Assurances", "… – Grupo Minero Altavista (Calama)" over "Altavista me informó". The long form
    /// wins; the short one is a capitalised word of five letters or more that is neither the agency, a job nor a day.
    /// </summary>
    private static string? ShortAndLongForm(string subject, string body, IReadOnlyCollection<string> recipientNames, Sender sender)
    {
        foreach (Match run in PhraseRun().Matches(subject))
        {
            var words = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (LooksLikeRole(run.Value) || JobTitle().IsMatch(run.Value))
            {
                continue;
            }

            foreach (var word in words.Where(w => w.Length >= 5 && char.IsUpper(w[0]) && !CalendarOrSubjectWord().IsMatch(w) && !sender.DisplayName.Contains(w, StringComparison.Ordinal)))
            {
                string? longer = null;
                // The subject's run is an organisation's whole name whose last word the body writes.
                if (words.Length >= 2 && word == words[^1] && OrganisationWord().IsMatch(run.Value) && WrittenAsAName(word, body))
                {
                    longer = run.Value;
                }

                // The body writes a longer name that starts with the subject's word.
                foreach (Match phrase in PhraseRun().Matches(body))
                {
                    if (longer is null && phrase.Value.StartsWith(word + " ", StringComparison.Ordinal) && phrase.Value.Split(' ').Length <= 5)
                    {
                        longer = phrase.Value;
                    }
                }

                if (longer is not null && !LooksLikeRole(longer) && !JobTitle().IsMatch(longer) && CleanCompany(longer, recipientNames) is { } company &&
                    company.Contains(' ', StringComparison.Ordinal) && !IsSendersOwnName(company, sender) && !SharesDomain(company, sender))
                {
                    return company;
                }
            }
        }

        return null;
    }

    [GeneratedRegex("""(?:^|\s)(?i:von der|von|vom|bei der|bei|der|die|das|at|with|from|the|chez|de la|du|de|do|da|del|la|le|el|o|a|bij|van|het)\s*$""")]
    private static partial Regex EmployerMarker();

    [GeneratedRegex("""^(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag|segunda|terça|quarta|quinta|sexta|today|tomorrow|heute|morgen|hoy|mañana|vandaag|hoje|amanhã|demain|aujourd'hui|update|feedback|news|offer|interview|hi|hello|dear|re|fwd)$""")]
    private static partial Regex CalendarOrSubjectWord();

    /// <summary>The body writes the name, at least once not after an indefinite article or a place word ("a Maintenance Planner", "in Lodwar").</summary>
    private static bool WrittenAsAName(string name, string body)
    {
        for (var at = body.IndexOf(name, StringComparison.Ordinal); at >= 0; at = body.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var start = body.LastIndexOfAny([' ', '\n'], Math.Max(at - 2, 0)) + 1;
            var before = at == 0 ? "" : body[start..Math.Max(start, at - 1)].ToLowerInvariant();
            if (before is not ("a" or "an" or "our" or "your" or "as" or "in" or "near" or "een" or "als" or "un" or "une" or "uma" or "um" or "ein" or "eine" or "te" or "em" or "à" or "en"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person's mailbox on an employer's or a firm's own domain, not an ATS, a job board or a free mail service.</summary>
    private static bool WrittenByAPerson(Sender sender) =>
        sender.Domain.Length > 0 && VendorOf(sender.Domain) is null && !AtsVendors.IsFreemailAnywhere(sender.Domain) &&
        PersonName().IsMatch(sender.DisplayName) && !OrganisationWord().IsMatch(sender.DisplayName);

    /// <summary>A staffing or search firm, by the words of its name or domain ("keystaffing", "Kubitza Personalberatung").</summary>
    private static bool IsAgency(Sender sender)
    {
        if (VendorOf(sender.Domain) is not null)
        {
            return false;
        }

        if (AgencyWord().IsMatch(RegistrableLabel(sender.Domain) ?? ""))
        {
            return true;
        }

        var display = InHouseTeam().Replace(ViaSuffix().Replace(sender.DisplayName, ""), "");
        if (!AgencyWord().IsMatch(display))
        {
            return false;
        }

        // "Pilbara Ridge Talent" <talent@pilbararidge…>, "Provincie West-Brabant – Werving": an employer's own team.
        // "Recrutamento – Clínica Lusa Saúde", "Recrutement · Maison Aubert": the team's word may come first.
        var name = TeamPrefix().Replace(TeamSuffix().Replace(display, "").Trim(' ', '-', '–', '|'), "").Trim(' ', '-', '–', '|');
        return name.Length == 0 || AgencyWord().IsMatch(name) || !SharesDomain(name, sender);
    }

    /// <summary>
    /// A sign-off naming a recruiting firm whose domain sent the mail ("Savannah Search Ltd", "Recruiter Techniek – TechTalent",
    /// "Partner, Civic Search Partners"), or the firm's line with what it does ("Aigner Consulting – Personal für Bau &amp;
    /// Technik"); an employer's own recruiting team ("Talent Acquisition", "Graduate Recruitment") is not one.
    /// </summary>
    private static bool SignedByAgency(Sender sender, string closing) =>
        // A form's field ("Job title: Band 5 Staff Nurse" from trac.jobs.com) is no sign-off.
        VendorOf(sender.Domain) is null && SignatureLines(closing).Where(l => l.Length <= 80 && !ContactDetail().IsMatch(l) && !l.Contains(": ", StringComparison.Ordinal))
            .Select(l => SignatureParts(l).Select(p => InHouseTeam().Replace(p, "")).ToList())
            .Any(parts => parts.Any(p => AgencyWord().IsMatch(p) && SpellsDomain(p, sender)) ||
                          parts.Count >= 2 && parts.Any(p => SpellsDomain(p, sender)) && parts.Any(p => AgencyWord().IsMatch(p) && AgencyTagline().IsMatch(p)));

    /// <summary>
    /// A person wrote and signed the mail, whatever mailbox it came from ("Maria Estevez" &lt;office@…&gt;): the display
    /// name is a person's, and a line of the closing starts with their first name.
    /// </summary>
    private static bool SignedByPerson(Sender sender, string closing)
    {
        var first = FirstName(sender.DisplayName);
        return first is not null && SignatureLines(closing).Any(l => l.StartsWith(first, StringComparison.Ordinal));
    }

    private static string? FirstName(string displayName)
    {
        // "Romain (Atelier Nomade)": the firm in brackets after the person. "Kees de Boer", "Zé da Tasca": a surname's particle is no word of its own.
        var name = displayName.Split([" – ", " - ", " | ", " via ", " ("], StringSplitOptions.None)[0];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where((w, i) => !w.Contains('.') && (i == 0 || !SurnameParticle().IsMatch(w))).ToArray();
        return words.Length is >= 1 and <= 3 && words.All(w => w.Length >= 2 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'')) &&
               !OrganisationWord().IsMatch(name)
            ? words[0]
            : null;
    }

    private static IEnumerable<string> SignatureLines(string closing) =>
        closing.Split('\n').Select(l => l.Trim().TrimStart('-', '–', '—', ' ')).Where(l => l.Length > 0 && l != MailText.FooterMarker);

    /// <summary>
    /// The employer under a person's sign-off: "Anita Gill / Office Admin, Swiftline Cartage Ltd." or "Georgie / Small
    /// Batch Coffee, 212 Brunswick St": the first part of the next lines that is neither a job title nor contact details.
    /// </summary>
    private static string? FromSignature(Sender sender, string closing, IReadOnlyCollection<string> recipientNames)
    {
        // "Bettina Hölzl – Kita Sonnenblume": the display name names both.
        // "Romain (Atelier Nomade)" names both the same way; "Landratsamt Ammertal – Personalamt" names the employer and its office.
        var parts = sender.DisplayName.TrimEnd(')').Split([" – ", " - ", " | ", " ("], StringSplitOptions.None);
        if (parts.Length == 2 && CleanCompany(parts[1], recipientNames) is { } named && !JobTitle().IsMatch(parts[1]))
        {
            return UnitOfTheEmployer().IsMatch(named) && CleanCompany(parts[0], recipientNames) is { } employer && (!PersonName().IsMatch(employer) || SharesDomain(employer, sender)) ? employer : named;
        }

        var first = FirstName(sender.DisplayName)!;
        var lines = SignatureLines(closing).ToList();
        // "Rosie x" signs; "Rosie's Bakehouse, Fremantle" is the firm named after her.
        var at = lines.FindLastIndex(l => l.StartsWith(first, StringComparison.Ordinal) && l.Length <= 80 && (l.Length == first.Length || l[first.Length] is not ('\'' or '’')));
        if (at < 0)
        {
            return null;
        }

        // The signer's own line may go on: "Dawn Rutledge, SHRM-CP" / "Megan, Ortiz Bakehouse".
        // "Alpenmilch Vorarlberg via Personio" signs its own footer line "Alpenmilch Vorarlberg eGen · Achstraße 40 · …".
        var display = ViaSuffix().Replace(sender.DisplayName, "").Trim();
        if (OrganisationDisplay(sender) && lines[at].StartsWith(display, StringComparison.Ordinal) && CleanCompany(SignatureParts(lines[at]).First(), recipientNames) is { } own)
        {
            return own;
        }

        // Letters after the signer's own name are a credential ("Lorraine Beckett, PHR"), not the employer.
        var candidates = new List<string>(SignatureParts(lines[at]).Skip(1).Where(p => !Credential().IsMatch(p)));
        for (var i = at + 1; i < Math.Min(lines.Count, at + 4); i++)
        {
            candidates.AddRange(SignatureParts(lines[i]));
        }

        var companies = new List<string>();
        foreach (var candidate in candidates)
        {
            var piece = TitleAtCompany().Match(candidate) is { Success: true } m ? m.Groups["c"].Value : candidate;
            // "Locatiemanager Kinderopvang De Vlinderboom": the signer's title written as one word before the employer.
            piece = TitleWordFirst().Replace(piece, "");
            // "Cadre de santé", "Afdelingsleider havo": a line in sentence case under the name is the signer's title.
            // "Harlan County Department of Public Health" for harlancountyhealth.com: a department of the name, not a title.
            if (JobTitle().IsMatch(piece) && !(piece.Split(' ').Length >= 3 && !JobTitle().IsMatch(piece.Split(' ')[0]) && SharesDomain(piece, sender) && !LooksLikeRole(piece)) || ContactDetail().IsMatch(piece) || StreetNumber().IsMatch(piece) || !char.IsUpper(piece[0]) ||
                SentenceCase(piece) && !SharesDomain(piece, sender))
            {
                continue;
            }

            if (CleanCompany(piece, recipientNames) is { } company && company.Split(' ').Length <= 6)
            {
                companies.Add(company);
            }
        }

        // A department or a town can sit above the employer's line; the one the mail domain spells wins.
        // "Principal, Bright Path Eastside Middle / Bright Path Charter Schools" from brightpathcharter.org: the school's line
        // sits above its network's, whose name the domain's letters start.
        var domainLetters = EmployersOwnLabel(sender) is { } label ? Fold(label) : "";
        return companies.FirstOrDefault(c => domainLetters.Length >= 6 && Fold(c).StartsWith(domainLetters, StringComparison.Ordinal)) ??
               companies.FirstOrDefault(c => SpellsDomain(c, sender)) ?? companies.FirstOrDefault();
    }

    /// <summary>
    /// A line written in sentence case: a word after the first starts in lower case and is none of the small words
    /// names join with ("Cadre de santé", "Jefa de cocina", "Afdelingsleider havo", not "Banco de la Plata").
    /// </summary>
    internal static bool SentenceCase(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.Skip(1).Any(w => char.IsLower(w[0]) && !NameJoiner().IsMatch(w));
    }

    [GeneratedRegex("""^(?:of|the|and|for|de|del|du|des|la|le|les|los|las|et|und|für|y|e|van|der|den|het|von|zum|zur|da|do|dos|das|à|au|aux|en|op|aan|d['’]\p{L}*|l['’]\p{L}*|&)$""")]
    private static partial Regex NameJoiner();

    /// <summary>A name with a word the domain holds ("City of Harlan Springs" for harlansprings.gov) or that the domain spells.</summary>
    private static bool SharesDomain(string company, Sender sender)
    {
        var slug = Fold(RegistrableLabel(sender.Domain) ?? "");
        var words = FoldedWords(company);
        return SpellsDomain(words, sender) || SharesSlug(Fold(company), words, slug);
    }

    /// <summary>The domain's label (folded) holds the folded name, or a word of it of four letters or more.</summary>
    private static bool SharesSlug(string folded, string[] foldedWords, string slug) =>
        slug.Length >= 4 && folded.Contains(slug, StringComparison.Ordinal) || foldedWords.Any(w => w.Length >= 4 && slug.Contains(w, StringComparison.Ordinal));

    /// <summary>The words of a name, each folded (<see cref="Fold"/>), none empty.</summary>
    private static string[] FoldedWords(string company) => Words().Matches(company).Select(w => Fold(w.Value)).Where(w => w.Length > 0).ToArray();

    /// <summary>"Fairhaven Community Bank" for fairhavenbank.com, "Grupo Farmacéutico Levante" for gflevante.es.</summary>
    private static bool SpellsDomain(string company, Sender sender) => SpellsDomain(FoldedWords(company), sender);

    private static bool SpellsDomain(string[] foldedWords, Sender sender)
    {
        var label = RegistrableLabel(sender.Domain);
        return label is not null && !AtsVendors.IsFreemailAnywhere(sender.Domain) && SpellsSlug(foldedWords, Fold(label));
    }

    /// <summary>The domain's label (folded) starts with the name's first four letters or with its initials.</summary>
    private static bool SpellsSlug(string[] foldedWords, string slug)
    {
        if (foldedWords.Length == 0)
        {
            return false;
        }

        var first = foldedWords[0];
        if (slug.StartsWith(first.Length >= 4 ? first[..4] : first, StringComparison.Ordinal))
        {
            return true;
        }

        Span<char> initials = foldedWords.Length <= 64 ? stackalloc char[foldedWords.Length] : new char[foldedWords.Length];
        for (var i = 0; i < foldedWords.Length; i++)
        {
            initials[i] = foldedWords[i][0];
        }

        return initials.Length >= 2 && slug.AsSpan().StartsWith(initials, StringComparison.Ordinal);
    }

    // One email asks for its sender's label and a text's capitalised phrases several times over (the domain checks, the
    // display name, the signature): each is worked out once per thread and input and kept until the next. Same answers;
    // only the repeated regex passes, splits and allocations go.
    [ThreadStatic]
    private static string? _labelDomain;

    [ThreadStatic]
    private static string? _label;

    [ThreadStatic]
    private static string? _phraseContext;

    [ThreadStatic]
    private static string[][]? _phraseWords;

    /// <summary>The words of each capitalised phrase of the text, in order (<see cref="PhraseRun"/>).</summary>
    private static string[][] PhraseWords(string context)
    {
        if (_phraseWords is null || !string.Equals(context, _phraseContext, StringComparison.Ordinal))
        {
            var runs = PhraseRun().Matches(context);
            var words = new string[runs.Count][];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = runs[i].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }

            _phraseWords = words;
            _phraseContext = context;
        }

        return _phraseWords;
    }

    /// <summary>
    /// The ATS or job board that sent the mail, also from a documentation address that stands for the vendor's own
    /// ("acme.jobvite.example.com", "successfactors.example.com" as RFC 2606 writes a real "…jobvite.com").
    /// </summary>
    private static string? VendorOf(string domain) =>
        AtsVendors.VendorOf(domain) ?? (domain.Contains(".example.", StringComparison.Ordinal) ? AtsVendors.VendorOf(domain.Replace(".example.", ".", StringComparison.Ordinal)) : null);

    private static string? RegistrableLabel(string domain)
    {
        if (domain.Length > 0 && !string.Equals(domain, _labelDomain, StringComparison.Ordinal))
        {
            _label = LabelLeftOfSuffix(domain);
            _labelDomain = domain;
        }

        return domain.Length == 0 ? null : _label;
    }

    private static string? LabelLeftOfSuffix(string domain)
    {
        if (domain.Length == 0)
        {
            return null;
        }

        // "jobs@mail.acme.co.uk" → "acme": the label left of the public suffix; documentation domains
        // ("acme.example.com", RFC 2606) name the employer left of "example".
        var labels = domain.Split('.').Where(l => l is not ("example" or "test" or "invalid" or "localhost")).ToArray();
        var index = labels.Length - 2;
        if (index > 0 && labels[^1].Length == 2 && labels[index] is "co" or "com" or "org" or "ac" or "gov" or "nhs" or "net" or "edu" or "sch" or "ltd" or "plc" or "gob" or "gouv" or "govt")
        {
            index--;
        }

        // "coorabin.nsw.gov.au": an Australian council's domain names its state between the council and "gov".
        if (index > 0 && labels[^1] == "au" && labels[index] is "nsw" or "vic" or "qld" or "wa" or "sa" or "tas" or "act" or "nt")
        {
            index--;
        }

        return labels.Length == 0 ? null : labels[Math.Max(index, 0)];
    }

    private static IEnumerable<string> SignatureParts(string line) =>
        line.Split([" | ", ", ", " · ", " – ", " — ", " - ", " / "], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length >= 2);

    private static string? FromDisplayName(Sender sender, IReadOnlyCollection<string> recipientNames)
    {
        var name = ViaSuffix().Replace(sender.DisplayName, "").Trim();
        if (name.Length == 0 || name.Contains('@') || IsPerson(name, sender))
        {
            return null;
        }

        // "Careers | Ridgeback Resources", "Bewerbermanagement – Klinikum Am Südpark": the part that is a name.
        var split = name.Split([" | ", " – ", " - ", " · ", " — "], StringSplitOptions.RemoveEmptyEntries);
        // "Gerencia de Talento Humano – Banco Andino de Fomento": the department's part is left out before its words are cleaned away.
        var parts = split.Where(part => split.Length == 1 || !Department().IsMatch(part))
            .Select(part => CleanCompany(TeamSuffix().Replace(part, "").Trim(' ', '-', '–', '|', ','), recipientNames))
            .OfType<string>().Where(c => !Department().IsMatch(c)).ToList();
        return parts.FirstOrDefault(c => SpellsDomain(c, sender)) ?? parts.FirstOrDefault();
    }

    /// <summary>A display name that is the person behind the address ("Elaine" &lt;elaine@acme.com&gt;).</summary>
    private static bool IsPerson(string name, Sender sender)
    {
        // On an ATS domain the local part is the employer's tenant ("usbank@myworkday.com"), not a person.
        if (VendorOf(sender.Domain) is not null)
        {
            return false;
        }

        var local = Fold(sender.LocalPart);
        var parts = name.Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries).Where(p => !SurnameParticle().IsMatch(p)).ToArray();
        // "Bernd Schäfer" <b.schaefer@…>: German addresses write umlauts out.
        var words = parts.Select(Fold).Concat(parts.Select(p => Fold(Umlauts(p)))).ToArray();
        if (OrganisationWord().IsMatch(name))
        {
            return false;
        }

        // "Armando Sequeira" <geral@oficinasequeira.pt>: the owner, whose surname the business's domain holds.
        var slug = Fold(RegistrableLabel(sender.Domain) ?? "");
        if (parts.Length == 2 && PersonName().IsMatch(name) && Fold(parts[^1]).Length >= 4 && slug.Contains(Fold(parts[^1]), StringComparison.Ordinal) &&
            !slug.Contains(Fold(parts[0]), StringComparison.Ordinal) && slug.Length > Fold(parts[^1]).Length + 3)
        {
            return true;
        }

        return parts.Length is >= 1 and <= 3 && words.Any(w => w.Length >= 3 && local.Contains(w)) &&
               !RoleMailbox().IsMatch(local);
    }

    private static string? FromLinks(string body, string subject)
    {
        foreach (var pattern in LinkTenants)
        {
            var match = pattern.Match(body);
            if (match.Success)
            {
                return Recase(match.Groups["c"].Value, subject + "\n" + body);
            }
        }

        return null;
    }

    /// <summary>Workday and iCIMS send from the employer's tenant: "deckers@myworkday.com", "careers-acme@icims.com".</summary>
    private static string? FromAtsTenant(Sender sender, string context)
    {
        if (VendorOf(sender.Domain) is not ("Workday" or "iCIMS"))
        {
            return null;
        }

        var tenant = TenantNoise().Replace(sender.LocalPart, "");
        return tenant.Length < 2 || RoleMailbox().IsMatch(tenant) ? null : Recase(tenant, context);
    }

    private static string? FromDomain(Sender sender, string context)
    {
        var domain = sender.Domain;
        if (domain.Length == 0 || VendorOf(domain) is not null || AtsVendors.IsFreemailAnywhere(domain))
        {
            return null;
        }

        var label = RegistrableLabel(domain);
        if (label is null || label.Length < 2)
        {
            return null;
        }

        // "schaefer-druck.de" is "Schäfer Druck & Medien": addresses write umlauts out.
        // "uni-hallstein.de" is a Universität: English shortenings are written out only outside the other languages' domains.
        // "cofounder, tidewire": a name the text writes in lower case is still written with its capital.
        var name = DomainPhrase(label, context) ?? Recase(label, context, english: !NonEnglishDomain().IsMatch(domain));
        return name.Any(char.IsUpper) ? name : Capitalised(name);
    }

    /// <summary>
    /// The name the text writes for a domain label: the whole label spelled ("fairhavenbank"), with umlauts written out
    /// ("schaefer-druck"), or, for "labelleepoque-lille" / "haarmonie-freiburg", the label without its last part (a town).
    /// A capitalised article just before the name is the name's own ("De Fietsfabriek", "La Belle Époque").
    /// </summary>
    private static string? DomainPhrase(string label, string context)
    {
        var phrase = WithArticle(SpelledPhrase(label, context) ?? SpelledPhrase(WrittenOutUmlaut().Replace(label, "$1"), context), context);
        var dash = label.LastIndexOf('-');
        if (phrase is null && dash >= 4)
        {
            // Only a name of two words or more: "Penhaligon" of penhaligon-dental is the owner's surname.
            phrase = WithArticle(SpelledPhrase(label[..dash], context) ?? SpelledPhrase(WrittenOutUmlaut().Replace(label[..dash], "$1"), context), context);
            phrase = phrase is not null && phrase.Contains(' ', StringComparison.Ordinal) ? phrase : null;
        }

        return phrase;
    }

    private static string? WithArticle(string? phrase, string context)
    {
        var at = phrase is null ? -1 : context.IndexOf(" " + phrase, StringComparison.Ordinal);
        if (at > 0)
        {
            var before = context.LastIndexOfAny([' ', '\n', '(', ','], at - 1) + 1;
            var article = context[before..at];
            if (article is "De" or "Het" or "La" or "Le" or "Les" or "El" or "Los" or "Las")
            {
                phrase = article + " " + phrase;
            }
        }

        return phrase;
    }

    /// <summary>
    /// The capitalised phrase of the text that the slug abbreviates: its words in order, each whole or by its initial,
    /// small words skipped ("fairhavenbank" → "Fairhaven Community Bank", "aguasbajosegura" → "Aguas del Bajo Segura",
    /// "gouldandsons" → "Gould &amp; Sons Plumbing"). The phrase runs on to the end of its capitalised words.
    /// </summary>
    private static string? SpelledPhrase(string slug, string context)
    {
        var target = Fold(slug);
        string? best = null;
        foreach (var words in PhraseWords(context))
        {
            for (var start = 0; start < words.Length; start++)
            {
                // Once one writing is found, only a longer one that starts the same way can replace it.
                if (best is not null && !best.StartsWith(words[start] + " ", StringComparison.Ordinal) && best != words[start])
                {
                    continue;
                }

                if (!char.IsUpper(words[start][0]) || !Spells(target, 0, words, start, usedAny: false) && !SpelledByInitials(target, words, start))
                {
                    continue;
                }

                // "Bernd Schäfer Schäfer Druck & Medien" (a flattened signature): the phrase starts at the last word that still spells it.
                while (start + 1 < words.Length && char.IsUpper(words[start + 1][0]) && Spells(target, 0, words, start + 1, usedAny: false))
                {
                    start++;
                }

                var phrase = string.Join(' ', words[start..]).Trim(' ', '&');
                if (Fold(phrase).Length >= target.Length)
                {
                    // The longest writing wins: "Ondacorte" in a subject, "Ondacorte Energia" in the body.
                    var found = WithoutProgramme(words[start..], target.Length) ?? phrase;
                    // …but "Company", a legal form or a building after the name is not more of it ("Tidewell Marine Insurance Company Ltd").
                    var longer = best is null ? null : NotOfTheName().Replace(LegalSuffix().Replace(found, ""), "");
                    best = best is null ? found : longer!.Length > best.Length && longer.StartsWith(best + " ", StringComparison.Ordinal) ? longer : best;
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// "Brookvale Group Finance Graduate Scheme" for brookvale-group: the run of capitals goes on into a programme, a
    /// team or a vacancy, so the name ends where the domain's letters are used up.
    /// </summary>
    private static string? WithoutProgramme(string[] words, int letters)
    {
        var end = 1;
        while (end < words.Length && Fold(string.Concat(words[..end])).Length < letters)
        {
            end++;
        }

        return end < words.Length && words[end..].Any(w => ProgrammeWord().IsMatch(w)) ? string.Join(' ', words[..end]).Trim(' ', '&') : null;
    }

    [GeneratedRegex("""^(?i:graduates?|scheme|programmes?|programs?|internships?|interns?|apprenticeships?|trainees?|traineeship|recruitment|recruiting|careers?|jobs|vacancy|vacancies|assessment|interview|talent|team|hiring|academy|karriere|ausbildung|stellenangebote|recrutement|carrières|empleo|vacantes|vacatures|werken|vagas|carreiras)$""")]
    private static partial Regex ProgrammeWord();

    /// <summary>
    /// "hhferries" for "Halifax Harbour Ferries", "tvhousing" for "Thames Valley Housing": two or more leading words
    /// by their initials, then the rest as <see cref="Spells"/> reads it.
    /// </summary>
    private static bool SpelledByInitials(string target, string[] words, int start)
    {
        var at = 0;
        for (var index = start; index < words.Length && at < target.Length; index++)
        {
            // "ups" for "Universidad del Pacífico Sur": the small joining words have no initial in the domain.
            if (index > start && NameJoiner().IsMatch(words[index]))
            {
                continue;
            }

            var word = Fold(words[index]);
            if (word.Length < 2 || !char.IsUpper(words[index][0]) || word[0] != target[at])
            {
                return false;
            }

            at++;
            if (at >= 2 && (at == target.Length && index - start + 1 >= 3 || Spells(target, at, words, index + 1, usedAny: true) && index + 1 < words.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Spells(string target, int at, string[] words, int index, bool usedAny)
    {
        if (at == target.Length)
        {
            return usedAny;
        }

        if (index >= words.Length)
        {
            return false;
        }

        var word = words[index] == "&" ? "and" : Fold(words[index]);
        if (word.Length == 0)
        {
            return Spells(target, at, words, index + 1, usedAny);
        }

        // The first word is always used whole, so "Dear Fairhaven…" does not start a match at "D".
        if (target.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && Spells(target, at + word.Length, words, index + 1, true))
        {
            return true;
        }

        // A long (compound) word goes into a domain by a few of its letters in order: "lra-talheim" for Landratsamt Talheim,
        // "ksseefeld" for Kantonsschule Seefeld, "hluzatlantica" for Hospital da Luz Atlântica, "rheinische-vg" for
        // Rheinische Versicherungsgruppe. Then a whole word follows, or the word ends the domain after others.
        if (word.Length >= 8 && char.IsUpper(words[index][0]) && target[at] == word[0])
        {
            for (var length = Math.Min(4, target.Length - at); length >= (usedAny ? 2 : 1); length--)
            {
                if (InOrder(target.AsSpan(at, length), word) &&
                    (at + length == target.Length ? usedAny : WholeWordNext(target, at + length, words, index + 1)))
                {
                    return true;
                }
            }
        }

        if (!usedAny)
        {
            return false;
        }

        // Domains shorten words: "everstonecap", "sunrisemedtransport", "glenbrookortho".
        for (var length = Math.Min(word.Length - 1, target.Length - at); length >= 3; length--)
        {
            // …and may put the shortening in the plural at the end: "riversidepeds", "amberleyvets".
            if (at + length + 1 == target.Length && target[^1] == 's' && target.AsSpan(at, length).SequenceEqual(word.AsSpan(0, length)))
            {
                return true;
            }

            if (target.AsSpan(at).StartsWith(word.AsSpan(0, length), StringComparison.Ordinal) && Spells(target, at + length, words, index + 1, true))
            {
                return true;
            }
        }

        return target[at] == word[0] && Spells(target, at + 1, words, index + 1, true) || Spells(target, at, words, index + 1, true);
    }

    /// <summary>The letters, the first at the word's start, occur in the word in this order.</summary>
    private static bool InOrder(ReadOnlySpan<char> letters, string word)
    {
        var at = 0;
        foreach (var c in word)
        {
            if (at < letters.Length && c == letters[at])
            {
                at++;
            }
        }

        return at == letters.Length && letters[0] == word[0];
    }

    /// <summary>The next word that is not a joining word is written whole at this point of the domain, and the rest spells on.</summary>
    private static bool WholeWordNext(string target, int at, string[] words, int index)
    {
        while (index < words.Length && NameJoiner().IsMatch(words[index]))
        {
            index++;
        }

        if (index >= words.Length || !char.IsUpper(words[index][0]))
        {
            return false;
        }

        var word = Fold(words[index]);
        return word.Length >= 3 && target.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && Spells(target, at + word.Length, words, index + 1, true);
    }

    /// <summary>
    /// Writes a domain or URL slug as the text around it does: "hockeystack" → "HockeyStack", "vialactea" → "Vía Láctea"
    /// (words whose letters, without accents, spell the slug), else title case.
    /// </summary>
    private static string Recase(string slug, string context, bool english = false)
    {
        var target = Fold(slug);
        var words = Words().Matches(context).Select(m => (m.Index, m.Length, Folded: Fold(m.Value))).ToList();
        for (var start = 0; start < words.Count; start++)
        {
            var joined = "";
            for (var end = start; end < Math.Min(words.Count, start + 4); end++)
            {
                joined += words[end].Folded;
                if (joined == target || end > start && target.Length >= 6 && joined.StartsWith(target, StringComparison.Ordinal))
                {
                    // Domains shorten names: "vialactea.es" is "Vía Láctea Logística" when the text goes on in capitals.
                    var last = end;
                    while (last + 1 < words.Count && last < end + 2 && char.IsUpper(context[words[last + 1].Index]) &&
                           words[last + 1].Index == words[last].Index + words[last].Length + 1 && context[words[last].Index + words[last].Length] == ' ')
                    {
                        last++;
                    }

                    return context[words[start].Index..(words[last].Index + words[last].Length)];
                }

                if (!target.StartsWith(joined, StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        // "burkeandhale", "pell-and-co": small firms named for two people or things write "&" as "and" in their domain.
        var pair = AndPair().Match(slug);
        return pair.Success
            ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase($"{pair.Groups["a"].Value.Replace('-', ' ')} & {pair.Groups["b"].Value.Replace('-', ' ')}")
            : string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => SlugWord(part, words, context, english)));
    }

    /// <summary>
    /// One part of a slug as the mail writes it: a word of the text with the same letters ("nunez" → "Núñez" from the
    /// display name), a trade word with its accents ("ferreteria" → "Ferretería", "creche" → "Crèche"), a trade word
    /// before a word of the text ("oficinasequeira" → "Oficina Sequeira"), else title case.
    /// </summary>
    private static string SlugWord(string part, List<(int Index, int Length, string Folded)> words, string context, bool english)
    {
        var folded = Fold(part);
        if (Written(folded) is { } written)
        {
            return written;
        }

        if (TradeWords.TryGetValue(folded, out var trade))
        {
            return trade;
        }

        // "bellwether-comms", "northbridgeuni", "glenbrookortho": domains shorten the last word of a name.
        if (english && SlugAbbreviations.TryGetValue(folded, out var full))
        {
            return full;
        }

        foreach (var (key, value) in SlugAbbreviations)
        {
            if (english && folded.Length >= key.Length + 4 && folded.EndsWith(key, StringComparison.Ordinal))
            {
                var head = folded[..^key.Length];
                return (Written(head) ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(head)) + " " + value;
            }
        }

        foreach (var (key, value) in TradeWords)
        {
            if (folded.Length >= key.Length + 3 && folded.StartsWith(key, StringComparison.Ordinal) && Written(folded[key.Length..]) is { } rest)
            {
                return value + " " + rest;
            }
        }

        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(part);

        string? Written(string letters)
        {
            foreach (var word in words)
            {
                if (word.Folded == letters && letters.Length >= 3 && char.IsUpper(context[word.Index]))
                {
                    return context.Substring(word.Index, word.Length);
                }
            }

            return null;
        }
    }

    [GeneratedRegex("""\.(?:de|at|ch|fr|be|lu|es|mx|ar|cl|co|pe|nl|pt|br|it)$""", RegexOptions.IgnoreCase)]
    private static partial Regex NonEnglishDomain();

    // Words English-speaking organisations shorten in their domains, written out.
    private static readonly Dictionary<string, string> SlugAbbreviations = new(StringComparer.Ordinal)
    {
        ["uni"] = "University", ["univ"] = "University", ["comms"] = "Communications", ["mgmt"] = "Management",
        ["intl"] = "International", ["svcs"] = "Services", ["ortho"] = "Orthodontics", ["grp"] = "Group", ["assoc"] = "Associates",
    };

    // Trade words that open small businesses' names, as they are written (domains drop the accents).
    private static readonly Dictionary<string, string> TradeWords = new(StringComparer.Ordinal)
    {
        ["ferreteria"] = "Ferretería", ["cafeteria"] = "Cafetería", ["panaderia"] = "Panadería", ["carniceria"] = "Carnicería",
        ["peluqueria"] = "Peluquería", ["libreria"] = "Librería", ["clinica"] = "Clínica", ["restaurante"] = "Restaurante",
        ["construcciones"] = "Construcciones", ["transportes"] = "Transportes", ["hostal"] = "Hostal", ["taller"] = "Taller",
        ["creche"] = "Crèche", ["patisserie"] = "Pâtisserie", ["boulangerie"] = "Boulangerie", ["boucherie"] = "Boucherie",
        ["librairie"] = "Librairie", ["pharmacie"] = "Pharmacie", ["creperie"] = "Crêperie", ["epicerie"] = "Épicerie",
        ["clinique"] = "Clinique", ["cabinet"] = "Cabinet", ["baeckerei"] = "Bäckerei", ["backerei"] = "Bäckerei",
        ["gaertnerei"] = "Gärtnerei", ["gartnerei"] = "Gärtnerei", ["metzgerei"] = "Metzgerei", ["gasthaus"] = "Gasthaus",
        ["autohaus"] = "Autohaus", ["kanzlei"] = "Kanzlei", ["apotheke"] = "Apotheke", ["bakkerij"] = "Bakkerij",
        ["slagerij"] = "Slagerij", ["kapsalon"] = "Kapsalon", ["apotheek"] = "Apotheek", ["oficina"] = "Oficina",
        ["padaria"] = "Padaria", ["otica"] = "Ótica", ["optica"] = "Óptica", ["construcoes"] = "Construções", ["cafe"] = "Café",
    };

    private static string Umlauts(string word) =>
        word.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);

    /// <summary>Lower case, letters and digits only, accents dropped: how names are compared with addresses.</summary>
    internal static string Fold(string text)
    {
        // ASCII is its own decomposition: the letters and digits, lower-cased, without the normaliser or a builder.
        if (System.Text.Ascii.IsValid(text))
        {
            return string.Create(AsciiLettersOrDigits(text), text, static (folded, source) =>
            {
                var at = 0;
                foreach (var c in source)
                {
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        folded[at++] = char.ToLowerInvariant(c);
                    }
                }
            });
        }

        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var folded = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    private static int AsciiLettersOrDigits(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        }

        return count;
    }

    private static string? CleanCompany(string raw, IReadOnlyCollection<string> recipientNames)
    {
        // "Peter and I have decided": the writer and a partner, never an organisation.
        if (SpeakerAndPartner().IsMatch(raw.Trim()))
        {
            return null;
        }

        var company = CompanyCut().Split(raw)[0];
        company = TrailingLowercase().Replace(company.Trim(), "");
        company = company.Trim().Trim('!', '.', ',', ':', ';', '"', '\'', '“', '”', '-', '–', ' ');
        // "Hemisphere Consulting's public sector practice": the name without its possessive.
        company = Possessive().Replace(company, "");
        // "An offer from Yarrow 🎉": pictographs and other symbols are never part of a name.
        company = Symbols().Replace(company, "").Trim();
        // "Kestrel Bank Early Careers Team", "Talent Team · Belvana GmbH": a team's words and a legal form, in any order.
        for (var pass = 0; pass < 4; pass++)
        {
            var before = company;
            company = TeamSuffix().Replace(company, "").Trim();
            company = TeamPrefix().Replace(company, "").Trim();
            company = LegalSuffix().Replace(company, "").Trim().TrimEnd(',', ' ');
            company = SiteNumber().Replace(company, "").Trim(' ', '-', '–', ',');
            company = TrailingYear().Replace(company, "");
            if (company == before)
            {
                break;
            }
        }

        // "Your Karoo Freight Logistics Recruitment Team": the reader's possessive is no part of the name.
        company = ReaderPossessive().Replace(company, "");
        // "Ingeniería Altamar, S.A." read in two parts: a legal form alone names nobody.
        if (LegalSuffix().Replace(" " + company, "").Length == 0)
        {
            return null;
        }

        // "Entrevista na clínica": a name is written with a capital or a digit somewhere (no label of ours is all lower case).
        // "They've offered": a pronoun, never an organisation.
        // "at 10:00": a time or a number alone is no one's name; a name has a letter ("3M", "Forever 21").
        // "R-10482", "Ref SW-4471": a requisition's code is no one's name.
        if (company.Length is < 2 or > 60 || !company.Any(c => char.IsUpper(c) || char.IsDigit(c)) || !company.Any(char.IsLetter) || RequisitionCode().IsMatch(company) ||
            NotCompanies.Contains(Contraction().Replace(company, "")) || AtsVendors.IsVendorName(company) || NotAName().IsMatch(company) ||
            SystemSender().IsMatch(company) || VendorWithTeamWords(company) ||
            NamesTheReader(company, recipientNames) || company.Split(' ').Length > 6)
        {
            return null;
        }

        return company;
    }

    /// <summary>
    /// "Workday Notifications", "Greenhouse Recruiting": a vendor's name with its mailbox words. An employer whose name
    /// holds a vendor's word ("Cornerstone Academy", "Dover Harbour Board") is named by the rest of it.
    /// </summary>
    private static bool VendorWithTeamWords(string company)
    {
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(AtsVendors.IsVendorName) && words.Length <= 2 && !OrganisationWord().IsMatch(company);
    }

    private static string? CleanRole(string raw, IReadOnlyCollection<string> recipientNames)
    {
        var role = raw;
        if (NotInARole().IsMatch(role))
        {
            // "Deuxième entretien - Ingénieur Data": the role is the last part of a dashed subject.
            role = RoleSeparator().Split(raw)[^1];
        }

        foreach (var name in recipientNames)
        {
            role = Regex.Replace(role, $@"[-–,]?\s*\b{Regex.Escape(name)}\b", "", RegexOptions.IgnoreCase);
        }

        role = RoleNoise().Replace(role, " ");
        role = MultiSpace().Replace(role, " ").Trim().Trim('-', '–', ',', ':', '"', '\'', '“', '”', ' ');
        role = LeadingArticle().Replace(role, "");
        role = LeadingRoleFiller().Replace(role, "");
        role = RoleWordTail().Replace(role, "");
        role = TrailingRoleWord().Replace(role, "");
        role = RoleAside().Replace(role, "");
        if (role.Length is < 2 or > 80 || role.Split(' ').Length > 10 || NotARole().IsMatch(role) || NotInARole().IsMatch(role))
        {
            return null;
        }

        return role;
    }

    private static List<string> RecipientNames(string? recipient)
    {
        var to = Sender.Parse(recipient);
        return to.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList();
    }

    [GeneratedRegex("""\s[-–|]\s|(?<=\p{L}{3})\.\s|!|,\s|\s(?:for|pour|für|voor|para|on|is|has|was|will|ist|wurde|wird|ha sido|a été|foi|werd|heeft)\s|\s(?:and|und|et|y|en|e)\s(?:I|I'm|I’m|I've|we|we're|ich|je|yo|ik|eu|nous|wir)\b""")]
    private static partial Regex CompanyCut();

    // Read as a name but never one: a quoted header ("Sent: Saturday"), a title alone ("Prof", "Dra"), a membership
    // ("Mitglied der Helmholtz-Gemeinschaft", "Member of the Russell Group"), a job or a department first ("Pharmacist in Charge", "Rechtsanwalt", "Oprichter", "Bewerbungsportal", "Site de Blagnac").
    [GeneratedRegex("""^(?:[\p{L} ]{2,24}:(?:\s|$)|(?:prof|dr|dra|drs|mr|mrs|ms|mag|ir)\.?[ªº]?\s+\p{Lu}|anstalt des|körperschaft des|(?:a )?(?:member|mitglied|membre|miembro|membro|lid) (?:of|der|des|de|du|van|da|do|del)\s|(?:previous|original|forwarded) message\b|(?:prof|dr|dra|drs|mr|mrs|ms|mag|ir|st|qc|ing|lic)\.?$|(?:pharmacist|rechtsanw\w*|anwält\w*|anwalt|notar\w*|steuerberater(?:in)?|oprichter|eigenaar|eigenares|besetzung|bewerbungsportal|rektor\w*|doyen\w*|personalreferent\w*|opleidingsmanager|leitende\w*|enfermeir\w*|préposée?|site de|sede de|standort|vestiging|filiale|succursale|campus de|dean|rector|headmaster|headmistress|head master|service administrator|pharmacien(?:ne)?|apotheker(?:in)?|médecin|arzt|ärztin|direction d(?:es|e|u)|decanato|vicerrector\w*|sachgebiet|fachbereich|application (?:no|number|id)|position (?:no|number))\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d)""", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    // "St. Brendan's", "Saint Mary's": a saint's possessive is the name's own.
    [GeneratedRegex("""(?<!\b(?:St\.?|Saint|Sankt|Santa|San)\s\p{Lu}[\p{L}-]*)(?<=\p{L}{3})['’]s$""")]
    private static partial Regex Possessive();

    [GeneratedRegex("""(?:\s+(?:of|de|du|des|la|le|and|für|y|e|van|der|den|do|da|dos|the))+$""")]
    private static partial Regex TrailingLowercase();

    // Written after a name without being part of it: "Bluestem Mutual Insurance Company", "… Public Services Building".
    [GeneratedRegex("""\s+(?:Company|\p{Lu}[\p{L} ]*\b(?:Building|House|Road|Street|Avenue|Floor|Campus|Centre Site))$""")]
    private static partial Regex NotOfTheName();

    // A department's name in a display name: "Equipo de Selección", "Sachgebiet Personal", "Personal und Organisation",
    // a direction's or a selection board's ("Direction – Lycée Jean-Jaurès", "Comissão de Seleção – Instituto Federal …").
    [GeneratedRegex("""^(?i:equipo|equipe|équipe|sachgebiet|abteilung|afdeling|dienst|department|service|servicio|serviço|personal|personeel|recursos|ressources|human|talent|people|direction|direção|dirección|gerencia|reitoria|rectorado|comissão|comisión|unidad|unidade|candidaturas|auswahlstelle)\b""")]
    private static partial Regex Department();

    // Both sides at least four and two letters, and "and" not after an "l" ("highland", "portland", "oakland"): a pair, not a word.
    [GeneratedRegex("""^(?<a>[a-z]{3,}[a-km-z])-?and-?(?<b>(?:co|[a-z]{3,}))$""")]
    private static partial Regex AndPair();

    // Starts only at a token's start, so a long run without "@" is scanned once.
    [GeneratedRegex("""(?<!\S)[^\s@]*@\S*|https?://\S+|www\.\S+""")]
    private static partial Regex AddressOrLink();

    [GeneratedRegex("""([aou])e""")]
    private static partial Regex WrittenOutUmlaut();

    [GeneratedRegex("""^(?:(?:re|fwd?|aw|wg|tr|rv|sv|antw|subject|betreff|objet|asunto|onderwerp|assunto)\s*:\s*)+""", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex("""[\p{L}\p{N}]+""")]
    private static partial Regex Words();

    [GeneratedRegex("""^(?:(?:Ref|Req|Job|ID|No)\.?:?\s*)?\p{Lu}{0,5}[-‐_/]?\d{3,}[\p{Lu}\d-]*$""")]
    private static partial Regex RequisitionCode();

    [GeneratedRegex("""[\p{So}\p{Cs}\p{Sk}\uFE0F\u200D]+""")]
    private static partial Regex Symbols();

    [GeneratedRegex("""^(?:Your|Ihr|Ihre|Votre) (?=\p{Lu})""")]
    private static partial Regex ReaderPossessive();

    // A first name alone before "and I": "Coastal Realty Group and I saw your application" still names the firm.
    [GeneratedRegex("""^\p{Lu}\p{Ll}+ (?:and|&|und|et|y|e|en) (?:I|me|ich|moi|yo|eu|ik)$""", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerAndPartner();

    [GeneratedRegex("""\s+via\s+\S.*$""", RegexOptions.IgnoreCase)]
    private static partial Regex ViaSuffix();

    [GeneratedRegex("""\s*[-–|,·]?\s*\b(early( careers)?|(graduate|student) (recruitment|careers|programme|program|office)|graduate|campus( recruiting| hiring| recruitment)?|(hr|personnel) (office|services|department)|recruitment (cell|section|portal)|staffing portal|careers? portal|career opportunities|job opportunities|talent acquisition( team)?|talent attraction|talent team|talent|(?<!\b(?:de|del|do|da|dos|das)\s)talentos?|hiring( team)?|recruiting( team)?|recruitment( team)?|recrutement|careers?|jobs|human resources( department)?|hr( team)?|people( team| operations| & culture| and culture)?|team|notifications?|no-?reply|karriere|personalabteilung|bewerbermanagement|recursos humanos|reclutamiento|werving( (&|en) selectie)?|recrutamento|rh|rrhh|ressources humaines|p&o|office|staff|crewing( department)?|(?<!(?:police|fire|sheriff['’]s)\s)department|empleos?|personal|leitung|bewerbungsportal|recrutamento|secretariaat|sekretariat|rektorat|rezeption|réception|recepción|receção|recepção|reception|front desk|karriereportal|stellenportal|jobportal|carreiras|vacatures|((recrutamento|reclutamiento|recrutement) (e|y|et|&) )?(seleção|selección|sélection))\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex TeamSuffix();

    [GeneratedRegex("""[,\s]+(inc\.?|llc|llp|pllc|dac|pte\.? ltd\.?|(private|pvt\.?) (limited|ltd\.?)|sdn\.?( bhd\.?)?|berhad|bhd\.?|professional (corporation|corp\.?)|(?-i:P\.C\.|PC)|aarpi|selarl|selas|(steuerberatungs|wirtschaftsprüfungs|rechtsanwalts|patentanwalts)gesellschaft( mbh| mbb)?|ltd\.?|limited|g?gmbh(\s*&\s*co\.?(\s*kg)?)?|(se|ag|kg)\s*&\s*co\.?(\s*kg(aa)?)?|partg(mbb)?|(?-i:SpA)|sa/nv|nv/sa|mbh|ag|kg|se|eg|egen|sas|sarl|s\.a\.s\.?|s\.a\.c\.?|sac|s\.a\.?|sa|s\.r\.l\.?|srl|s\.p\.a\.?|b\.v\.?|bv|n\.v\.?|nv|lda\.?|s\.l\.?|sl|ltda\.?|plc|corp\.?|corporation|pvt\.?|pte\.?|\(pty\)|pty|n\.a\.?|u\.a\.?|e\.\s?v\.?|e\.\s?k\.?|s\.l\.u\.?|s\.a\.u\.?|(?-i:AS|ASA|AB|A/S|Oy|ApS|CLG|CIC|CIO|GbR|OHG|UG)|[A-Z])(?:\s+(?-i:ABN|ACN))?$""", RegexOptions.IgnoreCase)]
    private static partial Regex LegalSuffix();

    [GeneratedRegex("""\((?:h/f/x|h/f|f/h|m/w/d|w/m/d|f/m/d|m/f/d|m/f|f/m|h/m|m/v|v/m|m/v/x|all genders|gn)\)|\b(?:h/f/x|h/f|f/h|m/w/d|w/m/d|f/m/d|m/f/d)\b|\(?\b(?:req(?:uisition)?|job id|ref)\.?\s*#?\s*[\w-]*\d[\w-]*\)?|#\s*\d+|^\s*[a-z]{1,4}-?\d{4,}\b|\s*\((?:job|req|requisition|ref|reference|id|vacancy|kennziffer|réf|nr|no|competition|recruitment|vacaturenummer|referencia|referência|vacature)\b[^)]*\)?|\(\s*[a-z]{1,4}-?\d{3,}[\w-]*\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoise();

    [GeneratedRegex("""^(?:the|a|an|our|le|la|l'|el|de|het|o|a)\s+""", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex("""\s[-–|]\s""")]
    private static partial Regex RoleSeparator();

    [GeneratedRegex("""notification|do not reply|no-?reply|donotreply|automated|system message""", RegexOptions.IgnoreCase)]
    private static partial Regex SystemSender();

    [GeneratedRegex("""^(?:careers?|jobs|recruiting|talent|hr)[-_.]|[-_.+](?:careers?|jobs|recruiting|talent|hr|autoreply|email.*)$""", RegexOptions.IgnoreCase)]
    private static partial Regex TenantNoise();

    // Words of the mail around a role, never of the role ("Your onsite", "Bedankt voor je sollicitatie").
    [GeneratedRegex("""\b(?:your|votre|vos|je|uw|deine|ihre|tu|su|sua|application|candidature|sollicitatie|bewerbung|candidatura|postulación|entretien|interview|gespräch|einladung|invitation|proposition|promesse|welcome|thank|thanks|bedankt|merci|danke|gracias|obrigad[oa]|when|if|which|who|future|any|other|similar|suitable|relevant|available|employment)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex NotInARole();

    // "(Des Moines, IA)", "(TI-05)", "(nights)", "(0.6 FTE)", "(Manchester base)": a place, a grade or code, a shift or
    // hours after the role, which the labels leave out; a speciality in brackets ("(Electrical)", "(Go)") they keep, and
    // an NHS "(Band 5)" as often as not, so it stays as written.
    [GeneratedRegex("""\s*\((?!(?i:band)\b)(?=[^()\n]*(?:\d|,|\b(?i:shifts?|nights?|days|weekends?|casual|per diem|float|contract|fte|hours?|season|seasonal|base|plant|region|site|posting|tier|temporary|locum|relief)\b))[^()\n]*\)$""")]
    private static partial Regex RoleAside();

    [GeneratedRegex("""\s+(?:opportunity|position|role|vacancy|opening|job|interview)$""", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingRoleWord();

    [GeneratedRegex("""^(?:position|role|job|application|opportunity|interview|offer|next steps?|update|this|that|it|your application|welcome|willkommen|bienvenue|bienvenido|bienvenida|welkom|bem-vindo|bem-vinda|invitation|einladung|interview request|thank you|thanks|merci|danke|gracias|bedankt|obrigado)$""", RegexOptions.IgnoreCase)]
    private static partial Regex NotARole();

    [GeneratedRegex("""^(?:no-?reply|do-?not-?reply|jobs|careers|recruiting|talent|hr|hiring|notifications?|info|team|people|recruitment)""")]
    private static partial Regex RoleMailbox();

    [GeneratedRegex("""\s{2,}""")]
    private static partial Regex MultiSpace();

    // "Southern Grid Energy 2027 Graduate Program": the year of an intake or a programme after the name, never the name's.
    [GeneratedRegex("""\s+(?:199\d|20[0-3]\d)$""")]
    private static partial Regex TrailingYear();

    // "Copperline Home Store #233", "Hartley's – Branch 12", "Marés #07": a numbered store, branch or site of the employer.
    // A number that is part of a name ("Forever 21", "Studio 54") has neither the word nor the '#'.
    [GeneratedRegex("""\s+(?:(?:""" + SiteWords + """)\s*(?:#|no\.?|nr\.?|n[º°o]\.?)?\s*|#\s*)\d{1,5}$""", RegexOptions.IgnoreCase)]
    private static partial Regex SiteNumber();

    // "Copperline Home Store" where the mail writes "Copperline Home Store #233": the word of a numbered site alone.
    [GeneratedRegex("""^\s*(?:""" + SiteWords + """)$""", RegexOptions.IgnoreCase)]
    private static partial Regex SiteWord();

    private const string SiteWords = "store|branch|location|site|shop|outlet|depot|unit|restaurant|filiale|loja|tienda|sucursal|winkel|vestiging|magasin|agence";

    // "Karriere bei Nordwerk Energie", "RH Maison Fleurance", "Talento · Ondaluz Energía", "Lorna at Heddon Pharmacy".
    [GeneratedRegex("""^(?:(?i:recruiting|recruitment|recrutement|reclutamiento|recrutamento|rh|rrhh|hr|p&o|jobs|careers|karriere|ausbildung|talent|talento|talents|people|personalabteilung|personalservice|personalamt|personalwesen|personalbüro|personalstelle|bewerbermanagement|personal|personeelsdienst|personeelszaken|service du personnel|service des ressources humaines|recursos humanos|dienst hr|direction|direção|dirección|werving (?:&|en) selectie|team recruitment|recruitment team|talent team|hiring team|team|tech|equipo de [\p{L} ]+?|equipe d[eo] [\p{L} ]+?|gerencia(?: del?)?|selección|seleccion|secretariaat|secretaría(?: de)?|sekretariat|rektorat|personalkreis|dienst hrm|vie scolaire|dirección|direction|secrétariat|werken bij|carreiras|carrières|carreras|empleo|vacatures|stellenangebote)\s*(?:bei|at|de|chez|van|da|do|na|no|en|·|-|–|\|)?\s+|\p{Lu}\p{Ll}+ (?i:at|from|bei|vom|von|do time|da equipe) )(?=\p{Lu})""")]
    private static partial Regex TeamPrefix();

    [GeneratedRegex("""(?<![\p{L}&])(?:\p{Lu}[\p{L}\p{N}'’-]*|&)(?:[ ](?:\p{Lu}[\p{L}\p{N}'’-]*|&|(?:""" + JoiningWords + """)(?!\p{L})))*""")]
    private static partial Regex PhraseRun();

    /// <summary>The small words a run of capitalised words may hold between its capitalised ones (<see cref="PhraseRun"/>).</summary>
    private const string JoiningWords = "of|de|del|do|da|dos|das|des|du|la|le|los|las|the|and|y|e|van|der|den|von|zum|zur";

    [GeneratedRegex("""(?i:\b(?:our|my|the) client\b|\bclient (?:wants|is keen|has|came)|notre client|unser(?:em)? kunden?\b|meine[mnr]? kunden?\b|nuestro cliente|onze klant|nosso cliente|pour laquelle je recrute|pour lequel je recrute|\bI(?:'m| am) recruiting (?:for|on behalf of)|\bI recruit for|\b(?:recruitment|recruiting|search|talent|staffing) consultant (?:with|at)\b|\b(?:recruitment|executive search|staffing) consultant\b|\b(?:leading|running|conducting|handling) (?:a|the|this) (?:[\p{L}-]+ )?search for\b|\b(?:estou|estamos) a apoiar (?:a|o) (?-i:\p{Lu})|\b(?:estoy|estamos) apoyando a (?-i:\p{Lu})|\brecrut(?:eur|euse) chez\b|m['’]a mandatée?\b|nous a mandatés|\bconsultora? (?:en|de) (?:rh|recursos humanos|selección)\b|\bestoy acompañando a\b|\bin (?:their|its) search for\b|\ben su búsqueda de\b|\bpersonalberater(?:in)?\b|\bheadhunter\b|chasse de têtes|\bik werk (?:voor|namens)\b|\bconsultora? de recrutamento\b|\bwervingsbureau\b|\bwerving- en selectiebureau\b|\bI(?:'m| am) (?:helping|supporting) (?-i:\p{Lu})|\bj['’]accompagne\b|\b(?:mein|unser)(?:em)? mandant(?:en)?\b|\b(?:mijn|onze) opdrachtgever\b)""")]
    private static partial Regex AgencyCue();

    [GeneratedRegex("""(?:gerencia|dirección|direccion|departamento|servicio|área|area|oficina|unidad) (?:de|del) (?:talento humano|gestión humana|personal|recursos humanos)(?: \p{Lu}+)?|talent (?:team|acquisition)|(?:recruitment|recruiting|hiring|talent) team|graduate recruitment|campus recruiting|early careers|recruiting coordinator|recruiter""", RegexOptions.IgnoreCase)]
    private static partial Regex InHouseTeam();

    [GeneratedRegex("""recruit|recrut|staffing|\bstaff|staff\b|talent|(?<!re)search\b|locums?\b|resourcing|hr ?consult|personalberatung|personaldienst|personalservice|\bpersonal\b|executive search|search partners|headhunt|\bhunt|werving|selectie|interim|uitzend|placement|rekrut|selección de personal|reclutamiento|recrutamento|cabinet|\brh[- ]?conseil|conseil[- ]?rh|employment agency""", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyWord();

    // What a recruiting firm's sign-off line says it does: "Personal für Bau & Technik", "Recruitment for Engineering".
    [GeneratedRegex("""\b(?i:für|for|pour|para|voor)\b""")]
    private static partial Regex AgencyTagline();

    // Words of organisations, not of people's names: a display name holding one is the employer's.
    [GeneratedRegex("""\b(?:team|talent|recruit\w*|careers?|jobs?|hr|people|notifications?|news|info|support|service|services|staffing|solutions|group|gruppe|groupe|grupo|inc|ltd|gmbh|bank|school|schule|école|escola|colegio|hotel|restaurant|café|cafe|bakery|clinic|klinik|clinique|clínica|dental|hospital|council|university|college|academy|studio|agency|partners|company|co|kita|praxis|apotheke|bureau|atelier|boulangerie|garage|farm|foods?|coffee|pharmacy|trust|foundation|stiftung|stichting|fundación|fundação|verein|association|club|office|admin|personal|personnel|rh|rrhh|recrutement|selección|werving|transport|transportation|logistics|haulage|freight|construction|builders|plumbing|heating|electrical|motors|salon|spa|travel|tours|shop|store|stores|market|supplies|supply|books|bookshop|media|design|consulting|consultancy|software|systems|labs|energy|homes|care|nursery|kitchen|bar|pub|grill|diner|pizzeria|bistro|brewery|distillery|winery|bakehouse|deli|florist|joinery|landscaping|cleaning|removals|veterinary|vets|opticians|library|libraries|museum|theatre|district|hotels|inn|hostel|bäckerei|metzgerei|konditorei|gasthaus|gasthof|autohaus|friseur|friseursalon|kanzlei|klinikum|krankenhaus|gärtnerei|schreinerei|tischlerei|werkstatt|verlag|druckerei|spedition|logistik|stadtwerke|gemeinde|boucherie|pâtisserie|librairie|pharmacie|cabinet|crèche|mairie|brasserie|auberge|transports|société|agence|ehpad|lycée|ferretería|cafetería|panadería|carnicería|peluquería|librería|farmacia|restaurante|taller|transportes|construcciones|hostal|bodegas?|ayuntamiento|consultora|gestoría|asesoría|inmobiliaria|bakkerij|slagerij|kapsalon|hoveniers|hoveniersbedrijf|installatie|apotheek|gemeente|kinderopvang|basisschool|oficina|padaria|talho|farmácia|construções|câmara|loja|ótica|óptica|lda|ltda)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationWord();

    [GeneratedRegex("""\b(?:manager|management|director|directeur|directrice|directora?|diretora?|officer|coordinat\w*|coordinador\w*|coordenador\w*|admin\w*|owner|founder|co-founder|licensee|publican|recruit\w*|lead|head|partner|assistant|assistente|specialist|principal|superintendent|president|ceo|coo|cfo|cto|vp|leitung|leiter\w*|\w+leitung|\w+leiter\w*|geschäftsführ\w*|inhaber\w*|referent\w*|sachbearbeit\w*|responsable|gérante?|chargée?|rh|rrhh|gerente|jefe|jefa|encargad[oa]|dueñ[oa]|eigenaar|hoofd|teamleider|sóci[oa]|propriet\w*|analista|consultant|consultor\w*|adviseur|people|hr|human resources|ressources humaines|recursos humanos|personeelszaken|secretary|secretar\w*|clerk|supervisor|chair|dean|professor|nurse|matron|hiring|talent acquisition|business partner|generalist|executive|associate|advisor|adviser|counsel|editor|\w+editor|sub-editor|producer|teacher|headteacher|panel|department|faculty|school of|division|operations|sent from|iphone|android|factual|desk|direktor\w*|direktion|ärztliche|préposée?|bénéficiaires)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex JobTitle();

    [GeneratedRegex("""@|https?:|www\.|\+?\d[\d ()./-]{5,}|\b(?:tel|phone|fax|mobile|mob|cell|t|m|e)\s*[:.]""", RegexOptions.IgnoreCase)]
    private static partial Regex ContactDetail();

    // "Am Wasserturm 2", "212 Brunswick St": an address, not the employer's name.
    [GeneratedRegex("""(?:^|\s)\d{1,5}[a-z]?(?:\s|$)""")]
    private static partial Regex StreetNumber();

    // "Liam Gallagher-Reid", "Dr. Anna van Dijk": a person's name as a display name.
    [GeneratedRegex("""^(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s(?:(?:van|de|der|den|da|do|dos|del|von|la|le)\s)*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){0,2}$""")]
    private static partial Regex PersonName();

    [GeneratedRegex("""^.{2,60}?\s(?:at|bei|chez|bij|en|na|no|em|@)\s(?<c>\p{Lu}.+)$""")]
    private static partial Regex TitleAtCompany();

    [GeneratedRegex("""^\p{Lu}\p{Ll}{2,}(?:manager|managerin|leiter|leiterin|leider|leidster|coördinator|directeur|direktor|direktorin)\s+(?=\p{Lu}\S*\s+\S)""")]
    private static partial Regex TitleWordFirst();
}
