using System.Text.RegularExpressions;
using ApplyTrack.Classification.Extraction;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// Everyday mail that sits close to job mail (issue 9, job-event precision): a job board's notice about the reader's own
/// profile ("an employer viewed your CV", "you appeared in 12 searches", "your profile is 60 % complete"), a careers
/// portal's account mail (a code, an address to verify), a salary survey or benchmark, and mail to a staff or department
/// list. They carry "employer", "recruiter", "salary" and "offer" and are nobody's application event. Not features of the
/// model; read only once the model has chosen a job event (<c>EmailClassifier.FollowAlertFamilies</c>).
/// </summary>
internal static partial class Cues
{
    /// <summary>
    /// A job board's notice about the reader's profile or CV: someone counted or unnamed viewed it ("3 recruiters", "an
    /// employer", "ein Arbeitgeber", "un recruteur", "4 empresas"), it showed up in searches, it is live, or it is
    /// incomplete. A recruiter's own "I viewed your profile and would love to chat" names no such viewer.
    /// </summary>
    public static bool ProfileActivity(string subject, string body) => InSubjectOrBody(ProfileNotice(), subject, body);

    /// <summary>
    /// A job board asking the reader to finish their profile ("your profile is 60 % complete", "Profil vervollständigen",
    /// "complétez votre profil"). An employer's portal asks the same before an interview, so this one counts only where no
    /// invitation is read (<c>EmailClassifier.FollowAlertFamilies</c>).
    /// </summary>
    public static bool ProfileToComplete(string subject, string body) => InSubjectOrBody(IncompleteProfile(), subject, body);

    /// <summary>A careers portal's account mail: a one-time code, an address to verify, a password to reset.</summary>
    public static bool AccountNotice(string subject, string body) => InSubjectOrBody(Account(), subject, body);

    /// <summary>A salary survey, guide or benchmark: salary figures and "offers" about everyone's pay, no one's job.</summary>
    public static bool SalarySurvey(string subject, string body) => InSubjectOrBody(PaySurvey(), subject, body);

    /// <summary>
    /// A careers newsletter or a review site's request: "in this issue", "Zum Ratgeber", "dans cette lettre", "in deze
    /// nieuwsbrief", "nesta edição", "rate your interview at …". It writes about rejections, interviews and offers as
    /// topics; it is about no application of the reader's (<see cref="AboutOneApplication"/>).
    /// </summary>
    public static bool CareersAdvice(string subject, string body) =>
        InSubjectOrBody(Advice(), subject, body) && !AboutOneApplication(subject) && !AboutOneApplication(body);

    /// <summary>A shop's order, a card payment that did not go through or a bill ready to view: "declined" and "unfortunately" with no job in sight.</summary>
    public static bool PaymentNotice(string subject, string body) => InSubjectOrBody(Payment(), subject, body);

    /// <summary>Words about one application of the reader's: "your application for", "Ihre Bewerbung als", "votre candidature au".</summary>
    private static bool AboutOneApplication(string text) => OneApplication().IsMatch(text);

    /// <summary>
    /// The mail went to a list or a department at an organisation ("all-staff@", "alle-mitarbeitenden@", "tous@",
    /// "hiring-managers@", "hr@"), not to one person: an employer tells a candidate about their application in person.
    /// The list's word comes first: "sam.jobs@" or "maya.lindqvist.hr@" at a person's own domain is a person's address, and
    /// a free-mail address that happens to end in ".hr" or "team" is a person's own.
    /// </summary>
    public static bool GroupMailbox(Sender to) =>
        to.Domain.Length > 0 && !AtsVendors.IsFreemail(to.Domain) && GroupLocalPart().IsMatch(to.LocalPart);

    [GeneratedRegex("""^(?:all|alle|allstaff|everyone|everybody|staff|employees|colleagues|team|managers|hiring|hr|people|talent|recruiting|recruitment|jobs|careers|mitarbeiter|mitarbeitende|mitarbeitenden|belegschaft|kollegium|tous|personnel|collaborateurs|salaries|plantilla|todos|empleados|medewerkers|iedereen|personeel|colaboradores|funcionarios)(?:$|[._-])""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupLocalPart();

    [GeneratedRegex("""\b(?:(?:an?|one|two|three|four|five|several|\d+) (?:new )?(?:employers?|recruiters?|compan(?:y|ies)|hiring managers?|people)\b(?:(?!\b(?:i|we|ich|wir|je|nous|yo|ik|wij|eu)\b)[^.\n!?]){0,50}?\b(?:viewed|looked at|visited|saw|checked out) your (?:profile|cv|resume|résumé)|your (?:profile|cv|resume|résumé) (?:was|has been|got) (?:viewed|seen|looked at)(?: \d+ times)? (?:by (?:\d+|an?|one|several)|this week|\d+ times)|(?:appeared|showed up|turned up|featured) in \d+ (?:\w+ )?searches|who(?:'s| has)? (?:viewed|looked at) your profile|your (?:profile|cv|resume) is (?:now )?(?:live|searchable|visible to (?:employers|recruiters))|(?:ein|eine|\d+) (?:arbeitgeber(?:in)?|recruiter(?:in)?|unternehmen|personaler(?:in)?)\b(?:(?!\b(?:i|we|ich|wir|je|nous|yo|ik|wij|eu)\b)[^.\n!?]){0,50}?\b(?:hat|haben) (?:sich )?(?:\w+ )?(?:ihr(?:en)?|dein(?:en)?) (?:profil|lebenslauf) (?:angesehen|besucht|aufgerufen)|(?:ihr|dein) profil wurde \d+-?mal|in \d+ suchen (?:aufgetaucht|erschienen|gefunden)|tauchten (?:sie|du) in \d+ suchen|(?:ihr|dein) (?:lebenslauf|profil) ist (?:jetzt )?(?:online|sichtbar)|(?:un|une|\d+) (?:recruteur|recruteuse|recruteurs|employeur|employeurs|entreprises?)\b(?:(?!\b(?:i|we|ich|wir|je|nous|yo|ik|wij|eu)\b)[^.\n!?]){0,50}?\b(?:a|ont) (?:\w+ )?consulté (?:votre|ton) (?:cv|profil)|(?:votre|ton) (?:cv|profil) a été (?:consulté|vu)|apparu dans \d+ recherches|(?:votre|ton) cv est (?:en ligne|visible)|(?:una|\d+) empresas?\b(?:(?!\b(?:i|we|ich|wir|je|nous|yo|ik|wij|eu)\b)[^.\n!?]){0,50}?\b(?:ha|han) visto tu (?:cv|perfil)|tu (?:cv|perfil) ha aparecido en \d+ búsquedas|tu cv (?:ya )?está (?:visible|publicado)|(?:een|\d+) (?:werkgevers?|recruiters?|bedrijven)\b(?:(?!\b(?:i|we|ich|wir|je|nous|yo|ik|wij|eu)\b)[^.\n!?]){0,50}?\b(?:heeft|hebben) (?:\w+ )?(?:je|uw) (?:cv|profiel) bekeken|(?:je|uw) (?:cv|profiel) is \d+ keer bekeken|in \d+ zoekopdrachten|(?:uma|\d+) empresas?\b(?:(?!\b(?:i|we|ich|wir|je|nous|yo|ik|wij|eu)\b)[^.\n!?]){0,50}?\b(?:viu|viram|visualizou|visualizaram) o seu (?:cv|perfil)|o seu (?:cv|perfil|currículo) foi (?:visto|visualizado)|apareceu em \d+ pesquisas)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProfileNotice();

    [GeneratedRegex("""\b(?:your profile is \d+ ?% complete|(?:complete|finish) your profile|profil vervollständigen|vervollständigen sie ihr profil|vervollständige dein profil|complétez votre profil|complète ton profil|(?:completa|completar) tu perfil|maak (?:je|uw) profiel compleet|vul (?:je|uw) profiel aan|(?:complete|completar) o seu perfil|(?:complete|completa) o teu perfil|o seu perfil está \d+ ?% completo|tu perfil está al \d+ ?%|votre profil est complet à \d+ ?%|ihr profil ist (?:zu )?\d+ ?% vollständig|je profiel is (?:voor )?\d+ ?% compleet)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncompleteProfile();

    [GeneratedRegex("""\b(?:one-time (?:pass ?code|passcode|password|code)|verification code|security code|verify your (?:e-?mail|email address|account|identity)|confirm your (?:e-?mail|email address|identity|account)|activate your (?:candidate )?account|reset your password|password reset|bestätigen sie ihre e-?mail|bestätige deine e-?mail|bestätigungscode|verifizierungscode|passwort zurücksetzen|konto aktivieren|code de vérification|confirmez votre adresse|confirme ton adresse|réinitialiser votre mot de passe|activez votre compte|código de verificación|verifica tu (?:correo|cuenta|email)|confirma tu (?:correo|cuenta|email)|restablecer (?:tu|su) contraseña|activa tu cuenta|verificatiecode|bevestig (?:je|uw) e-?mailadres|wachtwoord (?:opnieuw instellen|herstellen)|activeer (?:je|uw) account|código de verificação|confirme o seu (?:e-?mail|endereço)|confirma o teu (?:e-?mail|endereço)|redefinir a (?:sua |tua )?(?:senha|palavra-passe)|ative a sua conta)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Account();

    [GeneratedRegex("""\b(?:newsletter|career advice|in this (?:issue|edition)|this week's (?:letters|articles|issue)|this week on|read (?:the|our) (?:guide|article|answers)|(?:write|leave) (?:an? )?(?:anonymous )?review|rate your interview|ratgeber|zum artikel|weiterlesen|(?:bewerte|bewerten sie) (?:dein|ihr)|anonym bewerten|au sommaire|dans cette (?:lettre|newsletter|édition)|lire (?:la lettre|la newsletter|l'article|les articles)|laissez un avis|évaluez votre entretien|te contamos|leer (?:el )?artículo|deja tu (?:opinión|valoración)|nieuwsbrief|in deze editie|lees (?:verder|het artikel)|schrijf een review|nesta edição|ler (?:o |os )?artigos?|deixe a sua avaliação)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Advice();

    [GeneratedRegex("""\b(?:your application (?:for|to|at|with)|(?:ihre|deine) bewerbung (?:als|für|bei|auf)|(?:votre|ta) candidature (?:au|à|pour|chez)|(?:tu|su) (?:candidatura|solicitud) (?:para|al|a la|en)|(?:je|uw) sollicitatie (?:voor|bij|als|naar)|(?:a )?(?:sua|tua) candidatura (?:para|à|ao|na|no))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneApplication();

    [GeneratedRegex("""\b(?:(?:payment|card payment|transaction|zahlung|paiement|pago|betaling|pagamento)\b[^.\n]{0,60}?\b(?:declined|didn't go through|did not go through|was unsuccessful|abgelehnt|fehlgeschlagen|refusée?|rechazad[oa]|denegad[oa]|geweigerd|mislukt|recusad[oa])|(?:order|bestellung|commande|pedido|bestelling|encomenda) ?(?:#|n[º°o]\.?|no\.|nr\.?|number|nummer|número) ?\d|(?:bill|invoice|statement|rechnung|facture|factura|fatura|factuur|nota)\b[^.\n]{0,40}?\b(?:is (?:now )?(?:ready|available)|ist (?:jetzt )?verfügbar|est disponible|está disponible|(?:já )?está disponível|staat klaar|is beschikbaar)|data limite de pagamento)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Payment();

    [GeneratedRegex("""\b(?:salary (?:survey|guide|report|benchmarks?|benchmarking|study|checker)|(?:compensation|pay|remuneration|rewards?) (?:survey|benchmarks?|benchmarking|study|report)|benchmark report|how does your (?:salary|pay) compare|are you (?:being )?paid (?:fairly|what you'?re worth|enough)|gehaltsstudie|gehaltsreport|gehaltsumfrage|gehaltsvergleich|gehaltsatlas|vergütungsstudie|vergütungsreport|étude (?:de |des )?(?:rémunérations?|salaires)|enquête (?:de |sur les )?(?:rémunérations?|salaires)|baromètre des (?:salaires|rémunérations)|guide des salaires|encuesta (?:salarial|de salarios|de retribución)|estudio (?:salarial|de remuneración|de retribución)|guía salarial|informe salarial|salarisonderzoek|salarisenquête|salarisgids|salarischeck|salarisbenchmark|inquérito salarial|estudo (?:salarial|de remuneração)|guia salarial|pesquisa salarial)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaySurvey();
}
