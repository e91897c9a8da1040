using System.Text.RegularExpressions;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Extraction;

/// <summary>
/// The role where the fixed templates of <see cref="CompanyAndRole"/> find none: the phrases people write around a role
/// in six languages ("for the position of X", "pour le poste de X", "Ihre Bewerbung als X", "para el puesto de X",
/// "voor de functie van X", "para a vaga de X"), and the part of a subject between dashes that is a job title
/// ("Housing Officer - outcome", "Offer – Responsable d'entrepôt"). A title is told from the words around it by its
/// head noun (engineer, Leiterin, medewerker, responsable…): a round of interviews, a place or a greeting has none.
/// </summary>
internal static partial class CompanyAndRole
{
    // A role in running text: starts with a letter or digit, runs to punctuation or to the word that says where it is,
    // and keeps one parenthesis of its own ("Staff Nurse (Band 5)", "Erzieherin (Teilzeit)"). A comma ends it
    // (", Wellington") unless a level or a specialty follows ("Data Engineer, Senior", "Software Engineer, Backend").
    private const string CuedRole = """(?:["“«„]\s?)?(?<r>[\p{L}\d][^\n.!?;:"“”«»()]{1,70}?(?:\s?\([^()\n]{1,30}\))?)""";

    private const string CuedRoleEnd = """(?=\s*(?:,(?!\s*(?i:senior|junior|lead|principal|staff|chief|associate|intern|graduate|entry[- ]level|mid[- ]level|i{1,3}|iv|backend|back[- ]end|frontend|front[- ]end|full[- ]stack|platform|infrastructure|mobile|band \d+)\b)|[.;:!?\n"”»(]|\s[-–—]\s|$)|\s+(?i:role|position|job|vacancy|post|opening|mandate|appointment|program|programme|einstellen|anbieten|anzubieten|besetzen|leider|beim|vom|zu|wir|sie|ihnen|ich|bitten|möchten|freuen|die|dat|aan|ainsi|es|fue|qui|zijn|nosso|nossa|nuestro|nuestra|notre|onze|unser|unsere|do|dos|nous|vous|je|nosotros|usted|wij|ik|jij|você|eu|at|with|on|here|from|based|starting|within|and|which|that|who|we|you|is|was|has|will|would|were|are|bei|im|am|an|und|mit|zum|zur|ab|ist|chez|à|au|aux|dans|et|pour|sur|avec|au sein|en|con|y|para|que|se|ha|bij|op|voor|met|per|is|na|no|em|com|e|ao|que|foi|in (?:the|our|your|a|an|de|het|der|die|das|ons|onze)|for (?:the|our|your|a|an|which|this|you|us)|to)\b)""";

    // Phrases that name the role that follows them; strong enough to take any wording that cleans up as a title.
    private static readonly Regex[] CuedRolePatterns =
    [
        CuedRolePattern1(),
        CuedRolePattern2(),
        CuedRolePattern3(),
        CuedRolePattern4(),
        CuedRolePattern5(),
        CuedRolePattern6(),
        CuedRolePattern7(),
        CuedRolePattern8(),
        CuedRolePattern9(),
        CuedRolePattern10(),
        CuedRolePattern11(),
        CuedRolePattern12(),
        CuedRolePattern13(),
        CuedRolePattern14(),
        CuedRolePattern15(),
        CuedRolePattern16(),
        CuedRolePattern17(),
        CuedRolePattern18(),
        CuedRolePattern19(),
        CuedRolePattern20(),
        CuedRolePattern21(),
    ];

    [GeneratedRegex($"""\b(?:position|post|role|job|vacancy|opening|capacity) of (?:an? )?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern1();

    [GeneratedRegex($"""\b(?:applying|applied|application|apply|applications?|interest|interview|interviewing|shortlisted|offer you|offering you|offered you|considered|consideration|candidate|candidacy|selected|hire you|appointment|round|stage|process|procedure|sollicitatieprocedure|procedimiento|processo seletivo|processus|proceso|verfahren) (?:for|as|voor|para|pour|für|to be) (?:the |our |this |your |a |an |de |het |el |la |o |a |le |die |den )?(?:functie |vaga de |puesto de |poste de |position |stelle )?(?:(?:post|position|role) (?:of |as )(?:an? )?)?{CuedRole}(?: (?:position|role|job|post|vacancy|opening))?{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern2();

    [GeneratedRegex($"""\b(?:to offer you|offer you|offering you|we're offering you|pleased to offer you|happy to offer you|delighted to offer you) (?:the |a |an )?{CuedRole} (?:position|role|job|post)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern3();

    [GeneratedRegex($"""\b(?:your|the) {CuedRole} (?:application|interview)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern4();

    [GeneratedRegex($"""\bappointment as (?:an? )?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern5();

    [GeneratedRegex($"""\binterest in (?:the|our|this) {CuedRole}(?: (?:position|role|job|post|vacancy|opening))?{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern6();

    [GeneratedRegex($"""\b(?:the|our|this|your|a|an) {CuedRole} (?:role|position|vacancy|job|opening|post|posting)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern7();

    [GeneratedRegex($"""(?:^|\n)[>\s]*(?:title|role|position|job title|poste|fonction|intitulé du poste|stelle|position|funktion|puesto|cargo|vaga|função|functie|rol)\s?:\s*{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern8();

    [GeneratedRegex($$"""\b(?:employment|appointment|start|hired|join(?:ing)? \p{Lu}[\p{L}&' -]{0,40}?|join us|you) as (?:an? |our |the )?{{CuedRole}}{{CuedRoleEnd}}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern9();

    [GeneratedRegex($"""\b(?:für die|die|der|zur) (?:position|stelle) (?:als )?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern10();

    [GeneratedRegex($"""\ben tant qu['’]{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern11();

    [GeneratedRegex($"""\b(?:filled|closed|cancelled|canceled|frozen|paused|withdrawn) (?:the |our )?{CuedRole} (?:role|position|vacancy|job|opening)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern12();

    [GeneratedRegex($"""\b(?:poste|post|emploi|fonction) (?:de |d['’]|d’)(?:la |l['’])?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern13();

    [GeneratedRegex($"""\bcandidature (?:au poste de |pour le poste de |pour le poste d['’]|au poste d['’]|en tant que |comme |pour )?(?:la |le |l['’])?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern14();

    [GeneratedRegex($"""\b(?:bewerbung|stelle|position|tätigkeit|ausbildung) (?:als|zur|zum) {CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern15();

    [GeneratedRegex($"""\b(?:puesto|cargo|vacante|posición|plaza|rol) (?:de |como )?(?:el |la )?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern16();

    [GeneratedRegex($"""\b(?:postulación|candidatura|solicitud) (?:para el puesto de |para la posición de |para el cargo de |al puesto de |a la vacante de |como |para )?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern17();

    [GeneratedRegex($"""\b(?:functie|vacature|rol|positie) (?:van |als )?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern18();

    [GeneratedRegex($"""\bsollicitatie (?:als|voor|naar de functie van|naar de functie|op de functie van|voor de functie van|voor de functie|naar de vacature) {CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern19();

    [GeneratedRegex($"""\b(?:vaga|função|cargo|posição) (?:de |como )?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern20();

    [GeneratedRegex($"""\b(?:contratar|contratá-l[oa]|contratar-te|te contratar) (?:como|para) {CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedRolePattern21();

    // Weaker cues: "we're hiring a X", "looking for a X", "join us as our X"; taken only when the words are a job title.
    private static readonly Regex[] HiringRolePatterns =
    [
        HiringRolePattern1(),
        HiringRolePattern2(),
        HiringRolePattern3(),
        HiringRolePattern4(),
    ];

    [GeneratedRegex($"""\b(?:hiring|recruiting|looking for|need|needs|seeking|create|fill|have|has) (?:an? |our |a new |a full-time |a part-time |another )(?:(?:new|full-time|part-time|permanent|temporary|contract|\d+-month) )*{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringRolePattern1();

    [GeneratedRegex($"""\b(?:as|be|become) (?:an? |our |the )(?:(?:new|next|first|founding) )?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringRolePattern2();

    [GeneratedRegex($"""\b(?:als|comme|como|en tant que) (?:unsere?n? |neue[rn]? |notre |nouvel(?:le)? |nuestr[oa] |nuev[oa] |nosso |nossa |onze |nieuwe )?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringRolePattern3();

    [GeneratedRegex($"""\b(?:zoeken|zoekt|suchen|sucht|cherchons|cherche|buscamos|busca|procuramos|procura) (?:een |eine?n? |une? |un |una |um |uma )?(?:(?:nieuwe?|neue[rn]?|nouvel(?:le)?|nuev[oa]) )?{CuedRole}{CuedRoleEnd}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringRolePattern4();

    // A subject's part that only says what the mail is about, never which role.
    [GeneratedRegex("""^(?:(?:re|fwd?|fw|aw|wg|tr|rv|antw|sv)\s*:\s*)+|\b(?:(?:your|my|the|an?|our|votre|ta|ihre|deine|tu|su|je|uw|sua|tua)\s+)?(?:(?:job|verbal|written|conditional|formal|phone|video|virtual|panel|final|first|second|third|technical|in-person|onsite|on-site|telephone|hr|team|initial|next|follow-up)\s+)*(?:application(?:s)?(?:\s+(?:received|acknowledg(?:e)?ment|confirmation|confirmed|submitted|update|status|outcome|form|for|to))*|applying|acknowledg(?:e)?ment(?:\s+of\s+application)?|thanks?(?:\s+you)?\s+for\s+(?:applying|your\s+application|your\s+interest|your\s+time|coming\s+in)|offer(?:\s+(?:of\s+(?:employment|appointment)|letter|details|summary))?|interview(?:s)?(?:\s+(?:invitation|invite|request|confirmation|schedule|scheduling|details|outcome|feedback))?|invitation(?:\s+to\s+(?:an?\s+)?interview)?|next\s+steps?|outcome|feedback|update|result|results|decision|status|confirmation|assessment|test|exercise|task|trial|shift|practical|screen(?:ing)?|call|chat|meeting|registration\s+successful|cv\s+update|your\s+cv|(?:the\s+)?post\s+of|for\s+the\s+post\s+of|for\s+the\s+position\s+of|for\s+the|for|bewerbung(?:\s+(?:als|für|um|auf))?|eingangsbestätigung|einladung(?:\s+zum\s+(?:vorstellungsgespräch|gespräch|interview))?|\p{L}*gespräch|zusage|absage|rückmeldung|angebot|vertragsangebot|candidature(?:\s+(?:bien\s+)?(?:reçue|envoyée|transmise))?(?:\s+(?:au\s+poste\s+de|pour\s+le\s+poste\s+de|pour))?|entretien(?:\s+(?:téléphonique|final))?|proposition(?:\s+(?:de\s+contrat|d['’]embauche|d['’]emploi))?|promesse\s+d['’]embauche|offre(?:\s+d['’]emploi)?|réponse|suite|postulación|postulacion|solicitud|entrevista(?:\s+(?:telefónica|final))?|oferta(?:\s+(?:de\s+empleo|de\s+trabajo|laboral))?|propuesta|retroalimentación|resultado|sollicitatie(?:\s+(?:als|voor|naar))?|\p{L}*gesprek|uitnodiging(?:\s+(?:voor\s+)?(?:een\s+)?(?:sollicitatiegesprek|gesprek))?|aanbod|terugkoppeling|bevestiging|candidatura(?:\s+(?:para|à|recebida|recibida))?|proposta(?:\s+de\s+(?:emprego|trabalho))?|convite(?:\s+para\s+entrevista)?|retorno)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectEventWords();

    // Trailing words that say the subject is about the role, not part of its name.
    [GeneratedRegex("""\s+(?:role|position|job|posting|vacancy|opening|opportunity|post|application|interview|offer|stelle|poste|puesto|vacature|vaga|functie|on my team\??|at our \w+|\d{4} intake|intake|programme \d{4}|\d{4})$""", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectRoleTail();

    [GeneratedRegex("""^(?:(?:the|a|an|our|your|le|la|l['’]|el|de|het|o|a|um|uma|un|une|una|ein|eine|einen|een|post of|position of|role of|poste de|puesto de|vaga de|functie van|functie|als|as|for|pour|para|voor|für|van|de|d['’]|of|to|fur|cargo|à função|função|vacante|vacature|vaga|kandidatuur|case-opdracht|conversa sobre a vaga|nieuws over de vacature|efetivo|programa|programme|program|regarding|re)\s+)+""", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingRoleFiller();

    [GeneratedRegex("""\s+[-–—|]\s+|\s*:\s+|\s+·\s+""")]
    private static partial Regex SubjectSeparator();

    // Job titles' head nouns in six languages; German and Dutch write them at the end of compounds ("Einkaufsleiterin").
    [GeneratedRegex("""(?:^|[\s/(,-])(?:engineer|engineering|developer|dev|programmer|architect|manager|management|analyst|officer|nurse|nursing|teacher|educator|designer|coordinator|co-ordinator|assistant|intern|internship|trainee|apprentice|apprenticeship|apprenti|apprentie|aprendiz|leerling|auszubildende|auszubildender|azubi|métallier|menuisier|soudeur|maçon|couvreur|peintre|jardinier|paysagiste|graduate|technician|technologist|specialist|consultant|associate|accountant|bookkeeper|administrator|admin|director|lead|head|supervisor|advisor|adviser|scientist|researcher|fellow|lecturer|professor|tutor|writer|copywriter|editor|producer|chef|cook|barista|server|waiter|waitress|bartender|cashier|clerk|receptionist|driver|operative|operator|mechanic|electrician|plumber|carpenter|joiner|welder|fitter|machinist|labourer|laborer|worker|attendant|agent|representative|executive|partner|solicitor|lawyer|paralegal|counsel|attorney|pharmacist|physician|doctor|surgeon|therapist|physiotherapist|physio|pathologist|psychologist|counsellor|counselor|paramedic|midwife|carer|caregiver|aide|practitioner|surveyor|planner|estimator|inspector|auditor|controller|economist|statistician|geologist|metallurgist|agronomist|volunteer|instructor|coach|librarian|curator|photographer|artist|animator|marketer|strategist|buyer|merchandiser|recruiter|generalist|stylist|hairdresser|baker|butcher|housekeeper|cleaner|porter|steward|stewardess|crew|pilot|dispatcher|scheduler|storekeeper|picker|packer|handler|guard|firefighter|vet|veterinarian|dentist|hygienist|optometrist|optician|radiographer|sonographer|tester|qa|sre|devops|founder|vp|president|secretary|treasurer|actuary|underwriter|broker|teller|banker|trader|2ic|overseer|foreman|superintendent|registrar|rmo|gp|postdoc|postdoctoral|phd|student|lifeguard|translator|interpreter|journalist|reporter|principal|dean|chair|host|hostess|concierge|sommelier|cellarhand|winemaker|brewer|distiller|farmhand|gardener|landscaper|groundskeeper|janitor|custodian|valet|nanny|tutor|mentor|officer|commis|sous|partie|pgt|tgt|hrbp|ceo|cfo|cto|coo|cmo|md|gm|rn|lpn|cna|swe|sde|pm|ux|ui|ba|hr|sales|marketing|finance|accounts|payroll|procurement|logistics|warehouse|operations|support|service|services|success|legal|compliance|risk|audit|quality|research|teaching|training|programme|program|scheme|ingénieur|ingenieur|développeur|développeuse|chef|cheffe|responsable|chargé|chargée|directeur|directrice|assistante|comptable|technicien|technicienne|conseiller|conseillère|serveur|serveuse|cuisinier|cuisinière|vendeur|vendeuse|infirmier|infirmière|professeur|professeure|enseignant|enseignante|gestionnaire|analyste|stagiaire|alternant|alternante|alternance|stage|opticien|opticienne|pharmacien|pharmacienne|préparateur|préparatrice|coordinateur|coordinatrice|commercial|commerciale|juriste|avocat|avocate|graphiste|rédacteur|rédactrice|animateur|animatrice|éducateur|éducatrice|boulanger|boulangère|pâtissier|pâtissière|barman|réceptionniste|magasinier|magasinière|cariste|électricien|plombier|mécanicien|ouvrier|ouvrière|manutentionnaire|secrétaire|auxiliaire|aide-soignant|aide-soignante|puériculteur|puéricultrice|sage-femme|kinésithérapeute|orthophoniste|vétérinaire|contrôleur|contrôleuse|acheteur|acheteuse|dessinateur|dessinatrice|opérateur|opératrice|employé|employée|équipier|équipière|caissier|caissière|ingeniero|ingeniera|científico|científica|cientista|investigador|investigadora|pesquisador|pesquisadora|chercheur|chercheuse|onderzoeker|forscher|forscherin|desarrollador|desarrolladora|gerente|jefe|jefa|analista|coordinador|coordinadora|asistente|técnico|técnica|tecnico|contador|contadora|cocinero|cocinera|camarero|camarera|mesero|mesera|vendedor|vendedora|enfermero|enfermera|profesor|profesora|docente|maestro|maestra|diseñador|diseñadora|director|directora|abogado|abogada|administrativo|administrativa|becario|becaria|practicante|consultor|consultora|encargado|encargada|especialista|ejecutivo|ejecutiva|operario|operaria|conductor|conductora|repartidor|repartidora|recepcionista|farmacéutico|farmacéutica|médico|médica|odontólogo|odontóloga|psicólogo|psicóloga|fisioterapeuta|redactor|redactora|periodista|programador|programadora|arquitecto|arquitecta|supervisora|cajero|cajera|dependiente|dependienta|panadero|panadera|peluquero|peluquera|electricista|mecánico|soldador|auxiliar|medewerker|medewerkster|ontwikkelaar|adviseur|analist|coördinator|verpleegkundige|leerkracht|docent|leraar|lerares|kok|kelner|bediende|verkoper|verkoopster|monteur|technicus|boekhouder|assistent|stagiair|projectleider|teamleider|leidinggevende|chauffeur|secretaresse|jurist|advocaat|ontwerper|begeleider|begeleidster|therapeut|apotheker|tandarts|huisarts|arts|kapper|bakker|schilder|timmerman|loodgieter|elektricien|engenheiro|engenheira|desenvolvedor|desenvolvedora|coordenador|coordenadora|assistente|cozinheiro|cozinheira|garçom|garçonete|empregado|empregada|enfermeiro|enfermeira|diretor|diretora|advogado|advogada|estagiário|estagiária|estágio|executivo|executiva|operador|operadora|motorista|farmacêutico|farmacêutica|redator|redatora|jornalista|arquiteto|arquiteta|caixa|padeiro|pasteleiro|cabeleireiro|cabeleireira|eletricista|mecânico|líder|lider|responsável|chefe|educador|educadora|atendente|auxiliar|consultora|vendedora)(?=$|[\s/),-])""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleHead();

    // The same in compounds ("Einkaufsleiterin", "Zorgmedewerker"). Apart from RoleHead: one pattern of both lists
    // compiles to a matcher too large for the JIT to optimise.
    [GeneratedRegex("""\p{L}{2,}(?:ingenieur|ingenieurin|entwickler|entwicklerin|leiter|leiterin|leitung|manager|managerin|referent|referentin|sachbearbeiter|sachbearbeiterin|sachbearbeitung|kauffrau|kaufmann|fachkraft|kraft|mechatroniker|mechatronikerin|mechaniker|mechanikerin|techniker|technikerin|berater|beraterin|assistent|assistentin|erzieher|erzieherin|lehrer|lehrerin|pfleger|pflegerin|fachfrau|fachmann|arzt|ärztin|helfer|helferin|koch|köchin|verkäufer|verkäuferin|angestellte|angestellter|praktikant|praktikantin|rezeptionist|rezeptionistin|analyst|analystin|disponent|disponentin|monteur|monteurin|elektriker|elektrikerin|schreiner|tischler|bäcker|bäckerin|friseur|friseurin|buchhalter|buchhalterin|controller|controllerin|redakteur|redakteurin|gestalter|gestalterin|planer|planerin|prüfer|prüferin|sekretär|sekretärin|mitarbeiter|mitarbeiterin|wissenschaftler|wissenschaftlerin|betreuer|betreuerin|therapeut|therapeutin|apotheker|apothekerin|pädagoge|pädagogin|servicekraft|aushilfe|medewerker|medewerkster|ontwikkelaar|adviseur|coördinator|leider|begeleider|kundige|consulent|specialist|engineer|manager|designer|developer|ist|ologist|ician|ographer)(?=$|[\s/),-])""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompoundRoleHead();

    // Words a job title never holds: a greeting, a question, a date or the reader's own "I".
    [GeneratedRegex("""(?:^|\s)(?:i|i'm|i’m|me|my|we|we're|you|you're|please|hi|hello|dear|bonjour|hallo|hola|olá|ola|beste|quick|question|coffee|chat|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag|segunda|terça|quarta|quinta|sexta|our|your|their|his|her|who|which|what|this|that|these|those|is|are|was|be|been|not|no|yes|any|all|some|more|other|new role|same|great|good|excellent|congratulations|félicitations|glückwunsch|enhorabuena|gefeliciteerd|parabéns|team|here|there|there's|it's|with|regarding|about|update)(?=$|[\s,?!.])""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotATitleWord();

    // "Phone screen", "Second interview", "Final round": a step of the process, never a role.
    [GeneratedRegex("""^(?:(?:first|second|third|final|last|next|technical|tech|phone|video|virtual|panel|hr|hiring manager|culture fit|behavioural|behavioral|coding|onsite|on-site|in-person|initial|recruiter|intro|introductory|informal|premier|deuxième|second|dernier|erste|zweite|letzte|primera|segunda|última|eerste|tweede|laatste|primeira|segunda)\s+)*(?:round|interview|screen|screening|call|stage|step|steps|assessment|test|challenge|chat|meeting|presentation|onsite|entretien|gespräch|entrevista|gesprek|runde|ronde|étape|etapa|exercise|case study|take-home)s?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoundNoteText();

    /// <summary>Words that make a job title: a head noun, no greeting, no step of the process, no more than eight words.</summary>
    internal static bool LooksLikeRole(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return false;
        }

        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 && !RoundNoteText().IsMatch(role.Trim()) && !NotATitleWord().IsMatch(role) && (RoleHead().IsMatch(role) || CompoundRoleHead().IsMatch(role));
    }

    /// <summary>A step of the interview process ("Phone screen", "Second interview"): not a role.</summary>
    internal static bool IsRoundNote(string? text) => text is not null && RoundNoteText().IsMatch(text.Trim());

    /// <summary>The role a phrase of the body introduces; the cue itself says a role follows.</summary>
    private static string? CuedBodyRole(string text, IReadOnlyCollection<string> recipientNames, bool strongOnly)
    {
        foreach (var pattern in strongOnly ? CuedRolePatterns : HiringRolePatterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var role = CleanRole(match.Groups["r"].Value, recipientNames);
                if (role is not null && !NotATitleWord().IsMatch(role) && !IsRoundNote(role) && (strongOnly ? PlausibleTitle(role) : LooksLikeRole(role)))
                {
                    return role;
                }
            }
        }

        return null;
    }

    /// <summary>A cue made the words a role; they still have to read like one: short, not a sentence, capitalised or a known title.</summary>
    private static bool PlausibleTitle(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 7 && (LooksLikeRole(role) || words.Length <= 4 && char.IsUpper(role[0]));
    }

    /// <summary>
    /// The part of a subject that is the role: "Housing Officer - outcome", "Offer of Appointment - Staff Nurse",
    /// "Bewerbung Lisa Tran – Laborleitung Analytik", "Kettle River - Project Coordinator". A part naming the employer
    /// or only what the mail is about is skipped; the part left must read as a job title.
    /// </summary>
    private static string? SubjectRole(string subject, string? company, IReadOnlyCollection<string> recipientNames)
    {
        var parts = SubjectSeparator().Split(ReplyPrefix().Replace(subject, ""));
        foreach (var raw in parts)
        {
            var part = SubjectEventWords().Replace(FirstNameAddress().Replace(raw, ""), " ");
            foreach (var name in recipientNames)
            {
                part = Regex.Replace(part, $@"\b{Regex.Escape(name)}\b", " ", RegexOptions.IgnoreCase);
            }

            part = SubjectWhere().Replace(part, "");
            part = RoleNoise().Replace(part, " ");
            part = MultiSpace().Replace(part, " ").Trim(' ', ',', '-', '–', ':', '?', '!', '.');
            part = LeadingRoleFiller().Replace(part, "");
            part = SubjectRoleTail().Replace(part, "").Trim(' ', ',', '-', '–', ':');
            if (part.Length < 2 || company is not null && Fold(part) == Fold(company) || IsRoundNote(part))
            {
                continue;
            }

            if (LooksLikeRole(part) && part.Split(' ').Length <= 7)
            {
                return CleanRole(part, recipientNames);
            }
        }

        return null;
    }

    /// <summary>"Kestrel Bank Graduate Trainee" when the employer is Kestrel Bank: the title is what follows the name.</summary>
    private static string? WithoutEmployer(string? role, string? company)
    {
        if (role is null || company is null || !role.StartsWith(company + " ", StringComparison.OrdinalIgnoreCase))
        {
            return role;
        }

        var rest = role[(company.Length + 1)..].Trim();
        return LooksLikeRole(rest) ? rest : role;
    }

    // "Senior Accountant role in Galway", "Graduate Mining Engineer program": the word for the opening and what follows it.
    [GeneratedRegex("""\s+(?:role|vacancy|position|job|post|mandate|appointment|programme|program|posting|opportunity)(?:\s+(?:in|at|with|bei|for|open|\d{4})\b.*)?$""", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWordTail();

    // "Supply Chain Analyst interview with Northwind @ Wednesday 10:00": where and when, after the role.
    [GeneratedRegex("""\s(?:at|with|@|bei|chez|bij|en|na|no|em|met|mit|avec|con|com|on|le|am|el|op)\s.*$""", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectWhere();

    // LinkedIn and job boards: the role on its own line, over "Employer · Place".
    [GeneratedRegex("""(?:^|\n)(?<r>[^\n·]{2,80})\n(?<c>[^\n·]{2,60}) · """)]
    private static partial Regex RoleOverEmployerLine();

    private static string? BoardRole(string text, IReadOnlyCollection<string> recipientNames)
    {
        foreach (Match match in RoleOverEmployerLine().Matches(text))
        {
            var role = CleanRole(match.Groups["r"].Value, recipientNames);
            if (role is not null && LooksLikeRole(role))
            {
                return role;
            }
        }

        return null;
    }

    // "Julien, candidature bien reçue": the reader's first name, addressed.
    [GeneratedRegex("""^\s*\p{Lu}\p{Ll}+,\s+""")]
    private static partial Regex FirstNameAddress();
}
