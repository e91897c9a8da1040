using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// Words of hiring that the job nouns (<see cref="NamesAJob"/>) and the job-context cue leave out (issue 9): a person
/// who is "looking for a Senior Product Designer", "we zoeken precies zo iemand", "en la búsqueda de un Jefe de Bodega";
/// a school's secretary with "your CV"; a post offered as an appointment ("offer you the post of Head of Admissions",
/// "a tenure-track appointment", "queremos que seas nuestro Coordinador"); a public employer's selection procedure
/// ("proceso selectivo para la bolsa de Monitor/a", "selectieprocedure voor maatschappelijk werker"); a publisher's
/// editing test. Such a job mail may also mention a flat, a lease, a university, a conference or a nursery, and never
/// say "job". Read only where a guard is about to send a job verdict to everyday mail, as that guard's counter-evidence.
/// </summary>
internal static partial class Cues
{
    /// <summary>Whether the subject or body hires, or tests, the reader for a post in words no flat, course or club shares.</summary>
    public static bool HiresTheReader(string subject, string body) => InSubjectOrBody(HiringWords(), subject, body);

    /// <summary>
    /// An apprenticeship place offered to the reader ("Ihnen einen Ausbildungsplatz als Elektronikerin … anbieten zu
    /// können", "offer you a place on our electrical apprenticeship", "vous proposer un contrat d'apprentissage"): a job
    /// offer, which the bag of words hears as a nursery or a course offering a place.
    /// </summary>
    public static bool OffersAnApprenticeship(string subject, string body) => InSubjectOrBody(ApprenticeshipOffer(), subject, body);

    [GeneratedRegex("""
        \b(?:
        (?:ausbildungsplatz|ausbildungsstelle|lehrstelle)\b.{0,100}?\b(?:an(?:zu)?bieten|zusagen)\b
        |(?:offer|offering)\ you\ (?:an?\ |the\ )?(?:place\ on\ (?:our|the)\ )?(?:[\w-]+\ ){0,3}apprenticeship
        |vous\ (?:proposer|offrir)\ (?:un|le|votre)\ contrat\ d'apprentissage
        |ofrecer(?:te|le)\ (?:un|el)\ (?:contrato\ de\ (?:aprendizaje|formación)|puesto\ de\ aprendiz)
        |(?:je|u)\ (?:een|de)\ (?:bbl-)?(?:leerwerkplek|leerbaan)\ (?:aan\ )?(?:te\ )?(?:aanbieden|bieden)
        |oferecer(?:-lhe|-te)?\ (?:um|o)\ contrato\ de\ aprendizagem
        )
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ApprenticeshipOffer();

    // A search for one person, with what else is searched for left out (a tenant, a volunteer, a player, a flatmate); the
    // reader's CV; a post offered as an appointment; a selection procedure for a post; an editing or translation test, or
    // pages to correct before the interview.
    [GeneratedRegex("""
        \b(?:
        (?:we(?:'re|\ are)|i(?:'m|\ am)|we(?:'ve|\ have)\ been)\ (?:currently\ |now\ |actively\ )?(?:looking\ for|hiring|recruiting|searching\ for|seeking)\ (?:an?|someone|somebody)\b(?!\ (?:new\ )?(?:volunteers?|players?|members?|participants?|speakers?|tenants?|lodger|flatmate|housemate|singers?|buyer|sponsor|(?:goal)?keeper)\b)
        |(?:we|wij)\ zoeken\ (?:nog\ |momenteel\ |nu\ |precies\ zo\ |dringend\ |ook\ )?(?:iemand|een)\b(?!\ (?:nieuwe?\ )?(?:vrijwilliger|speler|lid|huurder|deelnemer|oppas|koper|keeper|doelman)\w*)
        |(?:wir\ suchen|suchen\ wir)(?:\ ab\ \w+|\ derzeit|\ aktuell|\ dringend|\ gerade|\ ab\ sofort|\ noch)*\ (?:eine?n?|jemanden)\b(?!\ (?:neue[nr]?\ )?(?:mit(?:spieler|bewohner)|spieler|(?:nach)?mieter|ehrenamtliche|käufer|torwart)\w*)
        |(?:nous\ (?:re)?cherchons|je\ (?:re)?cherche|nous\ sommes\ à\ la\ recherche\ d')(?:\ justement|\ actuellement|\ aujourd'hui)?\ ?(?:un|une|quelqu'un)\b(?!\ (?:nouvel(?:le)?\ )?(?:bénévole|joueu|locataire|colocataire|acheteu)\w*)
        |(?:estamos\ (?:buscando|en\ (?:la\ )?búsqueda\ de)|buscamos|en\ la\ búsqueda\ de)(?:\ a)?\ (?:un|una|alguien)\b(?!\ (?:nuev[oa]\ )?(?:voluntari|jugador|inquilin|compañer[oa]\ de\ piso|comprador)\w*)
        |(?:estamos\ (?:à\ procura\ de|procurando|a\ procurar)|procuramos)(?:\ por)?\ (?:um|uma|alguém)\b(?!\ (?:nov[oa]\ )?(?:voluntári|jogador|inquilin|colega\ de\ casa|comprador)\w*)
        |(?<!(?:huurder|vrijwilligers?|spelers?|oppas|(?:nach)?mieter|mitbewohner|mitspieler|spieler)\ )(?:gezocht|gesucht)
        |(?:your|seu|su|tu|votre|ton|ihr(?:en)?|dein(?:en)?|je|uw|jouw|o\ seu|o\ teu)\ (?:cv|c\.v\.|currículo|curr[ií]culum(?:\ vitae)?|lebenslauf|résumé|resume)
        |offer\ you\ (?:the|this)\ (?:[\w-]+\ ){0,4}post\b|(?:tenure-track|faculty|academic|adjunct|teaching|lecturing)\ (?:appointment|post|assignment)|adjunct\ (?:faculty|instructor|lecturer|professor|english|teaching|sections?)|interest\ in\ teaching
        |(?:queremos|quisiéramos|nos\ gustaría)\ que\ (?:seas|sea)\ (?:nuestr[oa]|el|la)\b
        |(?:join|joining)\ our\ (?:panel|pool|team|network|roster|register)\ of\ (?:[\w-]+\ ){0,2}(?:translators|interpreters|tutors|teachers|nurses|drivers|engineers|writers|editors|consultants|contractors|freelancers|carers|therapists)
        |proceso\ selectivo|procedimiento\ selectivo|bolsa\ de\ (?:trabajo|empleo)|procedimento\ concursal|entrevista\ profissional|procédure\ de\ recrutement
        |selectieprocedure(?!\ (?:voor|van)\ (?:de|het|een)\ (?:opleiding|studie|master|bachelor|programma|cursus|minor))
        |(?:plek|plaats|functie|vacature)\ vrij\ voor\ een
        |(?:editing|proofreading|copy-?editing|translation|sample)\ test|(?:petit|court)\ test\ (?:avant|après)\ (?:notre|votre|l'|le)|(?:petit|court)\ test\s*:?[^.\n]{0,30}(?:préparation\ de\ copie|manuscrit|traduction|relecture)
        |à\ (?:corriger|relire|traduire)\b[^.\n]{0,30}\bavant\ (?:votre|notre|l'|le)\ ?(?:rencontre|entretien|rendez-vous)
        )
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex HiringWords();
}
