using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// Someone else's job news in a mail of its own (issue 9): a son's "Mum, I got the job!", a brother's "just out of the
/// interview, they'll let me know by Friday", a friend's "didn't get it, I was a close second"; and a staffing agency's
/// rate sheet of assignments "ready to offer" to every nurse or doctor on its list. The model hears an offer, an
/// interview or a no; it is the writer's, or nobody's. A forward of such news is read by its note
/// (<see cref="NoteSharesOwnNews"/>); these are written news, no forward in them. Read only on a job verdict
/// (<c>EmailClassifier.FollowOthersNewsFamilies</c>).
/// </summary>
internal static partial class Cues
{
    /// <summary>Fewer distinct pay rates than this is one assignment's pay (days, nights, weekends), not a list of many.</summary>
    private const int RateSheetRates = 3;

    /// <summary>
    /// The writer's own interview, offer or no, told in the first person ("I got the job", "they offered me the role", "my
    /// interview went", "ich hab die Zusage", "j'ai eu le poste", "me han cogido", "ik ben aangenomen", "consegui o
    /// emprego"), with nothing of an employer or an agency speaking to the reader ("they'd like to meet you", "your
    /// application", "the client"): a recruiter writes "I", but never about a job of the recruiter's own.
    /// </summary>
    public static bool WritersOwnJobNews(string subject, string body) =>
        (InSubjectOrBody(OwnJobNews(), subject, body) || InSubjectOrBody(LeavingOrSomeoneHired(), subject, body)) &&
        !EmployerVoice().IsMatch(body) && !ToTheCandidate().IsMatch(body);

    /// <summary>
    /// An agency's mailing to its candidate list: many openings at once ("multiple Band 5 and Band 6 opportunities", "a
    /// number of exciting opportunities", "más de 40 procesos abiertos") and the reader's CV asked for, to be matched ("I'll
    /// match you with the best positions", "actualiza tu CV en nuestra web"). An agency with one job for the reader says
    /// the client would like to meet them (<see cref="ToTheCandidate"/>), whatever else it has on its books.
    /// </summary>
    public static bool OffersToMatchTheReaderToManyRoles(string subject, string body) =>
        InSubjectOrBody(ManyOpenings(), subject, body) && InSubjectOrBody(CvToMatch(), subject, body) && !ToTheCandidate().IsMatch(body);

    /// <summary>At least <see cref="RateSheetRates"/> different weekly, daily, hourly or session rates: a list of assignments, not one.</summary>
    public static bool ListsManyRates(string body) =>
        PayRate().Matches(body).Select(m => m.Value.ToLowerInvariant()).Distinct().Take(RateSheetRates).Count() == RateSheetRates;

    // First person only: "they offered you", "you were a close second" and "I've got an interview lined up for you" are
    // an agency's words about the reader's application. A job spec, description or pack is the recruiter's, not news.
    [GeneratedRegex("""\b(?:i(?:'ve| have)? (?:just |finally )?(?:got|landed|bagged|gotten) the (?:job|role|position|post|offer)\b(?! (?:spec|description|details|ad|advert|pack|title|brief))|i (?:didn't|did not) get (?:it|the job|the role|the position|the post|the offer)\b|(?:they|she|he)(?:'ve| have)? (?:offered|given) me (?:the |a |an )?(?:job|role|position|post|contract|it)\b|(?:they|she|he) (?:rejected|turned down) me\b|turned me down\b|(?:just )?(?:out of|back from|finished|come out of|got out of) (?:the|my) (?:[\w-]+ )?interview\b|my (?:first |second |final |last )?interview (?:is|was|went|at|with|today|tomorrow|this)\b|(?:i was|i'm|i am) (?:a close second|their second choice|the runner-up)|fingers crossed for me|(?:my|our) (?:son|daughter|husband|wife|partner|brother|sister|boy|girl|lad|niece|nephew|cousin) (?:[\w-]+ )?(?:got|has got|'s got|landed|was offered|has been offered|has an interview|had (?:an|the|her|his) interview|didn't get|did not get)\b|(?:she|he)(?:'s| has)? (?:got|landed) the (?:job|role|position|offer)\b|ich (?:hab|habe) (?:die|eine) (?:zusage|stelle|absage)\b|ich (?:hab|habe) (?:den job|die stelle)|(?:sie|die) haben mich (?:genommen|eingestellt)|mein (?:vorstellungsgespräch|bewerbungsgespräch) (?:war|ist|lief)|j'ai (?:eu|décroché|obtenu) (?:le|un) (?:poste|job|boulot|cdi)\b|je n'ai pas eu le poste|(?:ils|elles) m'ont (?:prise?|embauchée?|proposé le poste)|mon entretien (?:s'est|était|est)|me (?:han|ha) (?:cogido|contratado|dado el puesto|ofrecido el puesto)|(?:he conseguido|conseguí) (?:el|un) (?:trabajo|puesto|empleo)|no me (?:han|ha) cogido|mi entrevista (?:fue|ha ido|salió|es)|ik ben (?:aangenomen|afgewezen)\b|ik heb de (?:baan|functie)\b|ze hebben me aangenomen|mijn (?:sollicitatie)?gesprek (?:ging|was|is)|consegui (?:o|um) (?:emprego|trabalho|lugar)\b|consegui a vaga|fui (?:contratad[oa]|aceite|aceito|selecionad[oa])\b|não fiquei com (?:a vaga|o lugar|o emprego)|a minha entrevista (?:correu|foi|é))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnJobNews();

    // What an agency's "I" says to the candidate beside its own news, beyond the employer's voice: the client wants to meet
    // the reader. Narrower than a forward note's candidate words, where "the interview at Halden" is the agency's: in a
    // friend's mail it is the friend's.
    [GeneratedRegex("""\b(?:(?:wants?|would like|'d like|would love|'d love) to (?:meet|interview|see|hire|speak with|talk to) you|the client)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToTheCandidate();

    // "$3,400/wk", "£95/hr", "£900/day", "€450 per shift", "$2,480 a week".
    [GeneratedRegex("""[$£€]\s?\d[\d,.]*\s?(?:/\s?|per |a )(?:wk|week|hr|hour|day|shift|session)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayRate();

    // Beyond the first person's news: a colleague resigning to the reader ("I have accepted an offer from another company
    // and will be handing in my notice", "my last day will be 31 May", "ich habe gekündigt", "j'ai posé ma démission",
    // "he presentado mi renuncia", "ik heb ontslag genomen", "apresentei a minha demissão"), and family news of someone
    // else's job ("Aoife got the job at the Mercy"); "you got the job" is the employer's, so the reader is never the one.
    [GeneratedRegex("""\b(?:hand(?:ing|ed)? in my (?:notice|resignation)|(?:i(?:'ve| have)|i) (?:accepted|taken) (?:an offer|a (?:job|role|position)) (?:from|at|with) (?:another|a different|a new)|my last (?:working )?day (?:will be|is|here)|ich (?:habe|hab) (?:gekündigt|meine kündigung)|mein letzter arbeitstag|j'ai (?:posé|donné|remis) ma démission|mon dernier jour (?:sera|est)|(?:he presentado|presento) mi (?:renuncia|dimisión)|mi último día (?:será|es)|ik heb (?:ontslag genomen|mijn ontslag ingediend)|mijn laatste werkdag|apresentei a minha demissão|o meu último dia (?:será|é))\b|(?<!\b(?:you|i|we|you've|i've|we've|have|has|'ve|finally|just|you finally|you just) )\bgot the (?:job|post)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeavingOrSomeoneHired();

    [GeneratedRegex("""\b(?:(?:a number of|multiple|several|hundreds of|dozens of|lots of|plenty of) (?:[\w-]+ ){0,6}(?:opportunities|openings|vacancies|roles|positions)|(?:más de|over|more than|plus de|mehr als|meer dan|mais de) \d+ (?:procesos abiertos|(?:open |live )?(?:roles|vacancies|positions|openings)|postes ouverts|offene stellen|vacatures|vagas abertas)|\d+ procesos abiertos)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ManyOpenings();

    [GeneratedRegex("""\b(?:match (?:you|your (?:cv|profile)) (?:with|to) (?:the )?(?:best|right|most suitable|relevant|perfect)? ?(?:positions|roles|opportunities|jobs|vacancies)|(?:send|reply with) (?:me |us )?your (?:up-to-date |updated |latest |current )?(?:cv|resume)|(?:actualiza|sube|envíanos) tu cv|(?:mettez à jour|envoyez-nous) votre cv|(?:aktualisieren sie|senden sie uns) ihren lebenslauf|(?:update|upload) your (?:cv|resume) (?:on|to) our (?:site|website|portal)|(?:werk|update) je cv bij|(?:atualize|envie-nos) o seu (?:cv|currículo))\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CvToMatch();
}
