using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>A phrase that signals an event in one of the supported languages, with the reason shown to the user.</summary>
internal sealed record Cue(string Signal, string Reason, Regex Pattern);

/// <summary>
/// The phrase catalogue (EN, DE, FR, ES, NL, PT). Matches become marker tokens for the model (so the few written
/// examples in a language teach it the whole phrase family) and the human-readable reasons of a decision.
/// </summary>
internal static partial class Cues
{
    public const string Received = "received";
    public const string Viewed = "viewed";
    public const string Interview = "interview";
    public const string Scheduling = "scheduling";
    public const string NextRound = "nextround";
    public const string Assessment = "assessment";
    public const string Offer = "offer";
    public const string Rejection = "rejection";
    public const string JobAlert = "jobalert";
    public const string Marketing = "marketing";
    public const string OtherApplication = "otherapplication";
    public const string JobContext = "jobcontext";
    public const string InterviewMention = "interviewword";
    public const string Conditional = "conditional";

    public static readonly IReadOnlyList<Cue> All =
    [
        Make(Received, "application receipt phrase", """thanks? (you )?for (your )?(applying|application|applicant)|we('ve| have)( successfully)? received your (application|resume|cv)|your application (has been|was) (received|submitted|sent)|application (received|submitted|confirmation)|successfully (submitted|applied|received)|se ha registrado correctamente|candidatura registrada|candidatura (foi )?realizada com sucesso|inscrição (foi )?realizada|bewerbung wurde erfolgreich (übermittelt|versendet|gesendet)|candidature (a bien été )?enregistrée|sollicitatie is (succesvol )?verstuurd|we('ll| will) (carefully )?review your (application|profile|resume)|candidature a (bien )?été (envoyée|reçue|transmise|enregistrée)|merci (pour|de) votre candidature|nous avons (bien )?reçu votre candidature|accusé de réception|vielen dank für (ihre|deine) bewerbung|(ihre|deine) bewerbung (ist )?(bei uns )?(eingegangen|erhalten)|eingangsbestätigung|gracias por (tu|su) (postulación|candidatura|solicitud)|hemos recibido (tu|su) (candidatura|solicitud|postulación|cv)|(postulación|candidatura|solicitud) recibida|bedankt voor (je|uw) sollicitatie|(je|uw) sollicitatie (is )?(in )?(goed )?ontvangen|ontvangstbevestiging|obrigad[oa] (pela|por) (sua |tua )?candidatura|recebemos (a )?(sua|tua) candidatura|candidatura (foi )?recebida"""),
        Make(Viewed, "application viewed", """(your )?application (was )?viewed|viewed your application|candidature a été vue|bewerbung wurde (an)?gesehen|ha visto tu (candidatura|solicitud)|heeft je sollicitatie bekeken|visualizou (a )?sua candidatura"""),
        Make(Interview, "interview invitation phrase", """invite you (to|for) (an? |the )?(interview|call|chat|conversation|meeting|video call)|(schedule|book|set up|arrange) (a|an|your|the) (interview|call|chat|time|meeting)|interview (invitation|invite|request)|would (love|like) to (chat|speak|talk|meet|set up)|your availability|available for (an? )?(interview|call|chat)|entretien (téléphonique|vidéo|visio|avec)|vous (proposer|inviter) (à |un )?(un )?entretien|vos disponibilités|on fait connaissance|échange (téléphonique|visio)|vorstellungsgespräch|einladung zu(m| einem) (gespräch|interview|kennenlern)|kennenlerngespräch|terminvorschl|(ihre|deine) verfügbarkeit|invitarte a una entrevista|entrevista (con|por|telefónica|virtual|personal)|(tu|su) disponibilidad|sollicitatiegesprek|uitnodiging voor een (gesprek|kennismakingsgesprek|interview)|kennismakingsgesprek|(je|uw) beschikbaarheid|convidar para uma entrevista|entrevista (com|por|online|presencial)|(sua|tua) disponibilidade"""),
        Make(Scheduling, "scheduling link", """calendly\.com|goodtime\.io|cal\.com/|chilipiper|calendar\.app\.google|outlook\.office365\.com/(owa/)?(calendar|bookwithme)|doodle\.com|meetings\.hubspot\.com|youcanbook\.me|greenhouse\.io/.{0,40}schedul|scheduling link|pick a time|choose a (time|slot)|créneau|zeitfenster|agendar|inplannen|selecione um horário"""),
        Make(NextRound, "next-round phrase", """next (round|step|stage)s?|second (round|interview)|(final|last) (round|interview|stage)|on-?site (interview|visit)?|superday|move (you )?forward to|advance (you )?to the|panel interview|hiring manager (interview|call)|technical (interview|round|screen)|prochaine étape|deuxième entretien|entretien final|dernier entretien|nächste(n)? (runde|schritt)|zweite(s|n)? (gespräch|runde)|finale(s|n)? (gespräch|runde)|siguiente (fase|etapa|ronda)|segunda entrevista|entrevista final|volgende (ronde|stap|fase)|tweede (gesprek|ronde)|laatste (gesprek|ronde)|próxima (etapa|fase)|segunda etapa|entrevista técnica"""),
        Make(Assessment, "assessment invitation", """assessment|coding (challenge|test|exercise|assignment)|take-?home|hackerrank|codility|codesignal|testgorilla|hirevue|coderbyte|karat|pymetrics|online test|skills? (test|evaluation)|case study|test technique|test en ligne|étude de cas|online-test|eignungstest|testaufgabe|fallstudie|prueba técnica|prueba online|caso práctico|technische opdracht|online (test|assessment)|teste técnico|desafio técnico|teste online"""),
        Make(Offer, "offer phrase", """(pleased|delighted|happy|excited|thrilled) to (offer|extend)|offer (letter|of employment)|(job|employment|formal|written|verbal) offer|extend (you )?an offer|base salary|annual salary|signing bonus|sign-on bonus|stock options|compensation package|proposed start date|(accept|review|sign) (the|your|this) offer|proposition d'embauche|promesse d'embauche|proposition de contrat|salaire (annuel|brut)|rémunération|vertragsangebot|angebot für (die|eine) (stelle|position)|arbeitsvertrag|jahresgehalt|zusage für|freuen uns,? (ihnen|dir) .{0,60}anzubieten|oferta (de empleo|laboral|de trabajo|formal)|carta (de )?oferta|salario (bruto|anual)|nos complace ofrecer|arbeidsvoorwaarden|(contract|baan)aanbod|aanbod (voor|om)|bruto (jaar|maand)salaris|arbeidsovereenkomst|proposta (de emprego|de trabalho|salarial|de contratação)|carta.proposta|salário (bruto|anual|mensal)|temos o prazer de oferecer"""),
        Make(Rejection, "rejection phrase", """unfortunately|regret to (inform|let you know|say|tell you)|(not|won't|will not|wouldn't|aren't|are not) (be )?moving forward|decided (not )?to (move|proceed|go) forward with (other|another|a different)|(pursue|proceed|move forward) with other candidates|(have|has) not been selected|not been successful|were not selected|(position|role) has (now )?been filled|will not be (progressing|proceeding|moving)|decided not to (proceed|progress|move)|other candidates whose|unable to offer you|not (a|the right) (fit|match) (at this time|for this role)|malheureusement|pas (pu )?donner (une )?suite (favorable)?|ne pas (retenir|donner suite)|n'a pas été retenue?|pas été retenue?|avons le regret|ne correspond pas|leider|absage|nicht (weiter )?berücksichtigen|(anderen|andere) (kandidat|bewerber)|nicht in die engere wahl|lamentablemente|desafortunadamente|lamentamos (informar|comunicar)|no (has|ha) sido seleccionad|(otro|otros) candidat|no continuar(emos)? con (tu|su)|helaas|afgewezen|niet (verder|door)gaan|andere kandida(ten|at)|niet (in aanmerking|geselecteerd)|infelizmente|não (foi|foram|ter sido) selecionad|outros candidatos|não (iremos|vamos) (avançar|prosseguir)|lamentamos informar"""),
        Make(JobAlert, "job-alert digest", """job alert|new jobs? (for you|matching|near)|jobs (for you|matching|you may be interested)|recommended (jobs|for you)|\b\d+\+? new jobs\b|similar jobs|jobs you might like|alerte (emploi|e-mail)|offres (d'emploi )?(qui pourraient|recommandées)|nouvelles offres|jobalarm|job-alarm|passende (jobs|stellen)|neue stellenangebote|alerta de (empleo|trabajo)|ofertas recomendadas|empleos (recomendados|para ti)|vacaturealert|nieuwe vacatures|vacatures voor jou|alerta de vagas|vagas (recomendadas|para você)|novas vagas"""),
        Make(Marketing, "promotional wording", """\d+ ?% off|exclusive (offer|deal)|special offer|limited[- ]time|discount|coupon|promo(tion)? code|free shipping|black friday|cyber monday|flash sale|shop now|buy now|order now|subscribe (now|today)|upgrade (now|to premium)|premium (membership|plan)|offre (exclusive|spéciale)|réduction|soldes|code promo|rabatt|sonderangebot|gutschein|jetzt (kaufen|bestellen)|oferta (exclusiva|especial)|descuento|rebajas|korting|aanbieding|uitverkoop|desconto|promoção|cupom|oferta imperdível"""),
        Make(OtherApplication, "non-job application (housing, credit, study, visa)", """\b(apartment|rental application|lease|tenan(t|cy)|landlord|credit card|card application|loan application|mortgage|admissions?|university|undergraduate|graduate program|enrol(l)?ment|scholarship|fellowship application|visa application|passport|residence permit|membership application|logement|appartement|bail|locataire|carte de crédit|demande de prêt|bourse d'études|inscription universitaire|titre de séjour|wohnung|mietvertrag|mieter|kreditkarte|darlehen|stipendium|studienplatz|hochschule|visum|aufenthaltstitel|apartamento|piso|alquiler|inquilino|tarjeta de crédito|préstamo|beca|admisión|universidad|visado|huurwoning|appartement|huurder|creditcard|lening|studiebeurs|toelating|hogeschool|verblijfsvergunning|aluguel|arrendamento|inquilino|cartão de crédito|empréstimo|bolsa de estudos|vestibular|matrícula|visto de)\b"""),
        Make(InterviewMention, "mentions an interview or a call", """\b(interview(s|ed)?|calendar invit(e|ation)|phone call|video call|entretien|visio|vorstellungsgespräch|gespräch|videocall|entrevista|videollamada|llamada|sollicitatiegesprek|gesprek|entrevista|videochamada|ligação|conversa rápida|bate-papo|marcar uma conversa|disponibilidade|disponibilidad|disponibilités|verfügbarkeit|beschikbaarheid|availability)\b"""),
        Make(JobContext, "job context", """\b(position|role|job|career|vacanc|hiring|recruit|candida|interview|opening|requisition|resume|talent|employment|employer|poste|emploi|recrutement|entretien|stelle|bewerbung|karriere|puesto|vacante|empleo|postulación|selección|functie|vacature|sollicit|baan|vaga|cargo|emprego|seletivo|recrutamento)"""),
    ];

    /// <summary>
    /// Conditional "if you are not selected…" sentences in a receipt name a rejection that has not happened. They are
    /// replaced by a marker before the model and the rejection cues read the text.
    /// </summary>
    public static string MaskConditionals(string text, out bool masked)
    {
        var result = ConditionalSentence().Replace(text, " xxconditional ");
        masked = !ReferenceEquals(result, text) && result != text;
        return result;
    }

    /// <summary>
    /// "We have decided to extend an offer to another candidate" carries the words of an offer and means a rejection.
    /// Such sentences are rewritten to a plain rejection before the model and the cues read the text.
    /// </summary>
    public static string NormaliseOfferToSomeoneElse(string text) => OfferToSomeoneElse().Replace(text, " decided to move forward with another candidate ");

    public static IEnumerable<Cue> Matching(string text) => All.Where(c => c.Pattern.IsMatch(text));

    private static Cue Make(string signal, string reason, string pattern) =>
        new(signal, reason, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)));

    [GeneratedRegex("""\b(?:(?:extend(?:ed|ing)?|make|made|offer(?:ed)?|give|gave|given)\s+(?:an?\s+|the\s+|our\s+)?(?:offer|position|role|job)?\s*(?:to|with)\s+(?:another|a different|one of the other|an internal|other)\s+(?:candidate|applicant|person|individual)s?|(?:angebot|zusage|stelle)\s+(?:an|einer|einem)\s+(?:andere[nr]?)\s+(?:kandidat|bewerber|person)\w*|propos(?:é|er|ons)\s+(?:le poste|une offre)\s+à\s+(?:un|une)\s+autre\s+(?:candidat|personne)\w*|ofrec(?:ido|er|emos)\s+(?:el puesto|la oferta)\s+a\s+otr[oa]\s+(?:candidat|persona)\w*|(?:aangeboden aan|aanbod gedaan aan)\s+een\s+andere\s+kandida\w*|ofere(?:cemos|cer|cida)\s+(?:a vaga|a proposta)\s+(?:a|para)\s+outr[oa]\s+(?:candidat|pessoa)\w*)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferToSomeoneElse();

    // A sentence (up to its full stop) that opens with a condition on not being selected or not hearing back.
    [GeneratedRegex("""[^.!?\n]*\b(if (you are|you're|you were) not (selected|successful|shortlisted|chosen)|if (we|you) (do not|don't|did not|didn't) (contact|hear|get back|respond)|if (your (profile|application|experience|background|skills?)|you) (is|are|do|does)(n't| not) (match|a match|selected|successful|meet)|should (you|your application) not be (selected|successful)|should we (decide|choose) not to|if (there is|it's) not a (match|fit)|in case (you are|your application is) not (selected|successful)|unable to respond to (every|each|all)|only (shortlisted|successful|selected) (candidates|applicants) will be contacted|si (votre candidature|votre profil) (n'est|ne) (pas|correspond pas)|sans (réponse|retour) de notre part|si vous n'avez pas de (nouvelles|réponse)|sollten wir uns (innerhalb|nicht)|falls (wir|sie) (uns )?(innerhalb|nicht)|sollte (ihre|deine) bewerbung nicht|si no (recibes|recibe|has recibido) (respuesta|noticias)|si (tu|su) (perfil|candidatura) no|en caso de no ser seleccionad|als (je|u) (binnen|niets)|indien (je|u|jouw|uw) (sollicitatie|profiel)? ?niet|caso (não|nao) (seja|sejas) selecionad|se (você )?não (for|receber|tiver) (selecionad|retorno|resposta)|caso não receba)[^.!?\n]*[.!?]?""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConditionalSentence();
}
