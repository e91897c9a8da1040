using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>A phrase that signals an event in one of the supported languages, with the reason shown to the user.</summary>
internal sealed record Cue(string Signal, string Reason, Regex Pattern)
{
    /// <summary>Words one of which every match holds (null: no such words, the automaton reads every text).</summary>
    public RequiredWords? Words { get; init; }
}

/// <summary>
/// The phrase catalogue (EN, DE, FR, ES, NL, PT). Matches become marker tokens for the model (so the few written
/// examples in a language teach it the whole phrase family) and the human-readable reasons of a decision.
/// </summary>
internal static partial class Cues
{
    public const string Received = "received";
    public const string Viewed = "viewed";
    public const string Interview = "interview";
    public const string PersonalInvite = "personalinvite";
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
    public const string OtherRole = "otherrole";
    public const string MassMail = "massmail";
    public const string AgencyBlast = "agencyblast";
    public const string CurrentJob = "currentjob";
    public const string Appointment = "appointment";
    public const string OwnMail = "ownmail";
    public const string SomethingElse = "somethingelse";
    public const string OfferWithdrawn = "offerwithdrawn";

    public static readonly IReadOnlyList<Cue> All =
    [
        Make(Received, "application receipt phrase", """thanks? (you )?for (your )?(applying|application|applicant)|we('ve| have)( successfully)? received your (application|resume|cv)|your application (has been|was) (received|submitted|sent)|application (received|submitted|confirmation)|successfully (submitted|applied|received)|se ha registrado correctamente|candidatura registrada|candidatura (foi )?realizada com sucesso|inscrição (foi )?realizada|bewerbung wurde erfolgreich (übermittelt|versendet|gesendet)|candidature (a bien été )?enregistrée|sollicitatie is (succesvol )?verstuurd|we('ll| will) (carefully )?review your (application|profile|resume)|candidature a (bien )?été (envoyée|reçue|transmise|enregistrée)|merci (pour|de) votre candidature|nous avons (bien )?reçu votre candidature|accusé de réception|vielen dank für (ihre|deine) bewerbung|(ihre|deine) bewerbung (ist )?(bei uns )?(eingegangen|erhalten)|eingangsbestätigung|gracias por (tu|su) (postulación|candidatura|solicitud)|hemos recibido (tu|su) (candidatura|solicitud|postulación|cv)|(postulación|candidatura|solicitud) recibida|bedankt voor (je|uw) sollicitatie|(je|uw) sollicitatie (is )?(in )?(goed )?ontvangen|ontvangstbevestiging|obrigad[oa] (pela|por) (sua |tua )?candidatura|recebemos (a )?(sua|tua) candidatura|candidatura (foi )?recebida|(ihre|deine) (bewerbung|unterlagen) (ist |sind )?(bei uns )?(eingelangt|gut angekommen)|(unterlagen|bewerbung) (sind|ist) (bei uns )?(eingelangt|eingegangen|angekommen)|(nous avons|j'ai|on a) (bien )?reçu (ta|votre|ton) (candidature|cv|dossier)|bien reçu (votre|ton|ta) (cv|candidature|dossier)|merci d'avoir postulé|merci (pour|de) ta candidature|gracias por postular(te|se)?|hemos recibido tu cv|(je|uw) (kandidatuur|cv|sollicitatie|aanmelding)( voor [^.\n]{1,40})? is (goed |in goede orde )?(aangekomen|ontvangen|binnengekomen)|(bedankt|dank (je|u)( wel)?) voor (je|uw|jouw) (kandidatuur|sollicitatie|cv)|in goede orde ontvangen|obrigad[oa] por (se )?candidatar|(recebemos|recebi) (o seu|o teu|a sua|a tua) (cv|currículo)"""),
        Make(Viewed, "application viewed", """(your )?application (was )?viewed|viewed your application|candidature a été vue|bewerbung wurde (an)?gesehen|ha visto tu (candidatura|solicitud)|heeft je sollicitatie bekeken|visualizou (a )?sua candidatura"""),
        Make(Interview, "interview invitation phrase", """invite you (to|for) (an? |the )?(interview|call|chat|conversation|meeting|video call)|(schedule|book|set up|arrange) (a|an|your|the) (interview|call|chat|time|meeting)|interview (invitation|invite|request)|would (love|like) to (chat|speak|talk|meet|set up)|your availability|available for (an? )?(interview|call|chat)|entretien (téléphonique|vidéo|visio|avec)|vous (proposer|inviter) (à |un )?(un )?entretien|vos disponibilités|on fait connaissance|échange (téléphonique|visio)|vorstellungsgespräch|einladung zu(m| einem) (gespräch|interview|kennenlern)|kennenlerngespräch|terminvorschl|(ihre|deine) verfügbarkeit|invitarte a una entrevista|entrevista (con|por|telefónica|virtual|personal)|(tu|su) disponibilidad|sollicitatiegesprek|uitnodiging voor een (gesprek|kennismakingsgesprek|interview)|kennismakingsgesprek|(je|uw) beschikbaarheid|convidar para uma entrevista|entrevista (com|por|online|presencial)|(sua|tua) disponibilidade|phone screen|(quick|short|brief|informal|intro(ductory)?) (call|chat|conversation|phone call|video call)|(hop|jump) on a (call|quick call|zoom)|grab (a )?(coffee|a quick call)|(come|pop) (in|by) (for a chat|and meet)|for a (quick |short |brief )?(chat|coffee) (with|about)|(are|would) you (be )?(free|around|available) (for|to)|what times? (would )?works? for you|times that work|when (would|are) you (be )?(free|available)|portfolio review|(talk|chat) (more )?about the (role|position|job)|trial (shift|day)|kurze(s|n)? (telefonat|gespräch|kennenlernen)|telefontermin|probe(arbeiten|tag)|(kurz )?telefonieren|un (premier )?(appel|échange)|échanger (ensemble|de vive voix|par téléphone)|se rencontrer|journée d'essai|(una|un) (llamada|charla) (rápida|breve)?|charlar|conocernos|día de prueba|(belletje|kort gesprek|kopje koffie)|kennismaken|meeloopdag|proefdag|(uma )?(chamada|conversa) (rápida|breve)|bater um papo|dia de experiência|zu einem (persönlichen |ersten |kurzen )?(gespräch|vorstellungsgespräch|kennenlernen) (in unsere [a-zäöü]+ |in unser [a-zäöü]+ |zu uns |bei uns )?einladen|uitnodigen voor een (gesprek|kennismaking|sollicitatiegesprek)|vous recevoir (en|pour un) entretien|invitar(le|te|la|lo) a (una|un) (entrevista|charla|reunión)|convid(á-l[oa]|ar-te|ar-lhe|ar você) para (uma|um) (entrevista|conversa)"""),
        // A person asking to talk in their own words, not an ATS's: "I'd love to have a chat", "je vous propose un
        // entretien", "hätten Sie Zeit für ein Gespräch", "¿tendrías un rato para hablar?", "zou je tijd hebben voor een
        // kennismaking", "podemos marcar uma conversa".
        Make(PersonalInvite, "a person asking you to talk", """(i|we)('d| would) (love|like|be (keen|glad|happy)) to (have|grab|set up|arrange|book) (a|an) (quick |short |brief |informal |proper |first )?(chat|call|coffee|conversation|video call|phone call|meeting|interview)|(i|we)('d| would) (love|like) to (meet|speak with|talk (to|with)) you|(could|can|shall) we (have|set up|find time for|book|arrange) (a|an) (quick |short |brief )?(chat|call|conversation)|(do|would) you have (time|a moment|half an hour|\d+ minutes) (for|to) (a|an) (quick |short |brief )?(chat|call|conversation|coffee)|(would|are) you (be )?(up for|open to|keen on|interested in) (a|an) (quick |short |brief |informal )?(chat|call|conversation|coffee)|fancy (a|meeting for a) (chat|coffee)|keen to (chat|talk|meet|have a (chat|conversation))|let's (find a time|set up a (call|chat|time)|grab (a )?(coffee|call))|(come|pop) in (and|to) (meet|see) (the team|us|me)|je (vous|te) propose (un|une) (premier |court |petit )?(entretien|rendez-vous|rdv|échange|appel|rencontre|visio|call)|(seriez|serais)-(vous|tu) (disponible|dispo|libre)|(auriez|aurais)-(vous|tu) (un moment|le temps|du temps|quelques minutes|un créneau)|(nous aimerions|j'aimerais|je souhaiterais|nous souhaiterions) (vous|te) (rencontrer|parler|voir|appeler)|(prendre|boire) un café|passer (nous voir|à l'agence|au bureau|au restaurant|à la boutique)|(hätten|haben|hättest|hast) (sie|du) (zeit|lust|interesse) (für|auf) (ein|einen) (kurzes |erstes |persönliches )?(gespräch|telefonat|kennenlernen|kaffee|treffen|videocall)|(würden|möchten|würde|möchte) (sie|dich|ihnen|dir) (gerne? )?(persönlich )?(kennenlernen|treffen|sprechen|einladen)|wann (passt|würde) es (ihnen|dir)|auf einen kaffee|(komm|kommen sie) (doch )?(gern(e)? )?(mal )?vorbei|(tendrías|tendría|tienes|tiene|tendrían) (un rato|tiempo|unos minutos|un hueco|disponibilidad) para (hablar|charlar|una llamada|conversar|vernos|una entrevista)|(nos|me) gustaría (conocerte|conocerle|hablar contigo|hablar con usted|charlar|invitarte|invitarle)|(podemos|podríamos) (hablar|vernos|charlar|agendar|coordinar) (una|un)?|tomar(nos)? un café|(pásate|pasarte|pasa) por (la tienda|el local|la oficina|el restaurante)|cuándo (te|le) (viene|vendría) bien|(zou|zoudt|heb|hebt|zouden) (je|u|jullie) (tijd|zin|ruimte) (hebben )?(voor|in|om) (een )?(kennismaking|gesprek|kop koffie|belletje|koffie|te bellen)|(graag|eens) (kennismaken|ontmoeten|spreken|bellen)|(wil|willen|zou|zouden) (je|u) graag (uitnodigen|spreken|ontmoeten|leren kennen)|wanneer (schikt|past|komt) het (je|u)|(kom|komt) (gerust|gezellig)? ?(eens )?langs|podemos (marcar|agendar|combinar) (uma|um) (conversa|call|chamada|reunião|café|bate-papo)|(gostaria|gostaríamos|adoraria|adoraríamos) de (te |lhe )?(conhecer|conversar|falar)|(tem|teria|terias|tens|você teria) (disponibilidade|um tempo|tempo|uns minutos|um horário) (para|pra)|tomar um café|quando (te|lhe) (fica|dá|daria) (bem|jeito)|(passa|passe|pode passar) (aqui|no escritório|na loja|no restaurante)"""),
        Make(Scheduling, "scheduling link", """calendly\.com|goodtime\.io|cal\.com/|chilipiper|calendar\.app\.google|outlook\.office365\.com/(owa/)?(calendar|bookwithme)|doodle\.com|meetings\.hubspot\.com|youcanbook\.me|greenhouse\.io/.{0,40}schedul|scheduling link|pick a time|choose a (time|slot)|créneau|zeitfenster|agendar|inplannen|selecione um horário"""),
        Make(NextRound, "next-round phrase", """next (round|step|stage)s?|second (round|interview)|(final|last) (round|interview|stage)|on-?site (interview|visit)?|superday|move (you )?forward to|advance (you )?to the|panel interview|hiring manager (interview|call)|technical (interview|round|screen)|prochaine étape|deuxième entretien|entretien final|dernier entretien|nächste(n)? (runde|schritt)|zweite(s|n)? (gespräch|runde)|finale(s|n)? (gespräch|runde)|siguiente (fase|etapa|ronda)|segunda entrevista|entrevista final|volgende (ronde|stap|fase)|tweede (gesprek|ronde)|laatste (gesprek|ronde)|próxima (etapa|fase)|segunda etapa|entrevista técnica"""),
        Make(Assessment, "assessment invitation", """assessment|coding (challenge|test|exercise|assignment)|take-?home|hackerrank|codility|codesignal|testgorilla|hirevue|coderbyte|karat|pymetrics|online test|skills? (test|evaluation)|case study|test technique|test en ligne|étude de cas|online-test|eignungstest|testaufgabe|fallstudie|prueba técnica|prueba online|caso práctico|technische opdracht|online (test|assessment)|teste técnico|desafio técnico|teste online|work sample|(writing|editing|modell?ing|design|sample|trial|practical|written|technical) (test|task|exercise|assignment|brief)|mock (call|sales call|pitch|lesson|class)|(teaching|demo) (lesson|session)|presentation (task|exercise)|(short|small|paid) (task|project|exercise)|arbeitsprobe|probeaufgabe|probelektion|mise en situation|exercice (pratique|écrit)|test (écrit|pratique)|prueba (práctica|escrita)|ejercicio práctico|praktijkopdracht|proefopdracht|schriftelijke opdracht|teste prático|exercício prático|prova (prática|escrita)|(reken|thuis|case|ontwerp|schrijf|vertaal|programmeer)opdracht|(hierbij|bijgaand|in de bijlage) (de|een|een kleine|een korte) opdracht|opdrachtje|(rechen|haus|übungs|programmier|übersetzungs)aufgabe|cas pratique|exercice (à (faire|rendre)|de mise en situation)|prueba (de nivel|en cocina|de cocina|de traducción)|caso prático|desafio (prático|de programação)"""),
        Make(Offer, "offer phrase", """(pleased|delighted|happy|excited|thrilled) to (offer|extend)|offer (letter|of employment)|(job|employment|formal|written|verbal) offer|extend (you )?an offer|base salary|annual salary|signing bonus|sign-on bonus|stock options|compensation package|proposed start date|(accept|review|sign) (the|your|this) offer|proposition d'embauche|promesse d'embauche|proposition de contrat|salaire (annuel|brut)|rémunération|vertragsangebot|angebot für (die|eine) (stelle|position)|arbeitsvertrag|jahresgehalt|zusage für|freuen uns,? (ihnen|dir) .{0,60}anzubieten|oferta (de empleo|laboral|de trabajo|formal)|carta (de )?oferta|salario (bruto|anual)|nos complace ofrecer|arbeidsvoorwaardenvoorstel|voorstel (voor )?(de )?arbeidsvoorwaarden|(contract|baan)aanbod|aanbod (voor|om)|bruto (jaar|maand)salaris|arbeidsovereenkomst|proposta (de emprego|de trabalho|salarial|de contratação)|carta.proposta|salário (bruto|anual|mensal)|temos o prazer de oferecer|(would|'d|we) (like|love) to offer you|want(ed)? to (formally )?offer you|offer you the (role|position|job|post)|verbal(ly)? offer|offer of (appointment|employment)|(conditional|unconditional|formal) offer|contract(or)? agreement|(contract|agreement) (is )?ready (for you )?to sign|(job|role|position|post) is yours|(love|like|thrilled|delighted) to have you (join|on board|on the team|with us)|welcome (you )?(aboard|to the team)|as promised,? (here|the)|(compensation|salary|pay) (recap|summary|details)|hourly rate of|appoint you|(möchten|wollen|würden) (ihnen|dir) (gerne )?(die|eine|diese) (stelle|position)|(ihnen|dir) (die|eine) (stelle|position) anbieten|freuen uns,? (sie|dich) (im|in unserem) team|nous (souhaitons|aimerions|voulons) vous (proposer|offrir) (le poste|un cdi|un cdd|un contrat)|ravis de vous (accueillir|compter)|le poste est à vous|(queremos|nos gustaría|quisiéramos) (ofrecerte|ofrecerle)|(ofrecerte|ofrecerle) el puesto|nos encantaría (que te unieras|contar contigo)|(willen|zouden) (je|u) (graag )?(de|deze) (baan|functie|rol) (aan)?bieden|(baan|functie) aanbieden|(gostaríamos|queremos) de (te |lhe )?oferecer|oferecer-(te|lhe) (a vaga|o cargo)|(auswahlkommission|kommission|wir) (hat|haben) sich für (sie|dich) entschieden|(wir bieten|biete) (ihnen|dir) (eine |die |ab )?(unbefristete |befristete )?(anstellung|beschäftigung|festanstellung|stelle)|(du kannst|sie können) (zum|am|ab) .{1,30} (bei uns )?anfangen|(anstellung|einstellung)[^!?\n]{0,120}zugestimmt|(sie|dich) für die (stelle|position)[^.\n]{0,80}ausgewählt|herzlich willkommen im team|(je|nous) (vous |t'|te )embauch(e|ons)|on (vous|te) (prend|embauche)|on (vous|te) propose (le poste|la saison|un cdi|un cdd|un contrat)|nous avons le plaisir de vous (proposer|confirmer) (le poste|votre embauche|un cdi|un cdd|un contrat)|bienvenue dans (l'équipe|notre équipe)|(el puesto|la plaza|el trabajo) es (tuyo|suyo)|(estás|quedas|está|queda) contratad[oa]|bienvenid[oa] al equipo|aanstelling (aan te )?(aan)?bieden|(je|u) (graag )?(aan te stellen|aanstellen)|je bent aangenomen|(we|wij) nemen (je|u) aan|welkom in (ons|het) team|de baan is van (jou|jij)|(a vaga|o lugar|o posto) é (teu|seu|sua)|(está|estás) contratad[oa]|bem-vind[oa] (à|ao) (equipa|equipe|time)"""),
        Make(Rejection, "rejection phrase", """unfortunately|regret to (inform|let you know|say|tell you)|(opted|chosen|elected|made the decision) not to (move|proceed|go|progress|continue)|decided not to (move|go) (forward|ahead)|(pursue|pursuing|forward with|ahead with|proceed with|proceeding with|continue with|go with|going with) (other |another |the |those )?(candidates|applicants|candidate|applicant|individuals|profiles) (whose|who|that) ([a-z]+ ){0,4}(more closely|better|closer|more directly) (match|matches|align|aligns|fit|fits|meet|meets|suit|suits)|(identified|found|selected) (other|another|more qualified) (applicants?|candidates?)|(not|n't) (a )?(good |strong |close |right )?(match|fit) for (this|the|our) ([a-z]+ )?(position|role|job|opening|vacancy)|(does|do|did) not (match|meet) (the|our) (requirements|needs|criteria) (for|of) (this|the) ([a-z]+ )?(position|role|job|opening)|(unable|not able) to consider your (application|candidacy) (any )?further|different direction (with|for) (this|the) (position|role|hire|search|vacancy)|(passing|pass) on your (application|candidacy)|(continuar|seguir adelante|seguir|avanzar) con otr[oa]s? (personas?|candidat|perfil)|poursuivre (avec|le processus avec) (un autre|une autre|d'autres) (candidat|profil|personne)|(avançar|seguir|continuar) com outr[oa]s? (candidat|pessoa|perfil)|(was|is) not selected (to|for) (progress|proceed|advance|move|the next|an interview|interview)|(not|won't|will not|wouldn't|aren't|are not) (be )?moving forward|decided (not )?to (move|proceed|go) forward with (other|another|a different)|(pursue|proceed|move forward) with other candidates|(have|has) not been selected|not been successful|were not selected|(position|role) has (now )?been filled|will not be (progressing|proceeding|moving)|decided not to (proceed|progress|move)|other candidates whose|unable to offer you|not (a|the right) (fit|match) (at this time|for this role)|malheureusement|pas (pu )?donner (une )?suite (favorable)?|ne pas (retenir|donner suite)|n'a pas été retenue?|pas été retenue?|avons le regret|ne correspond pas|[^\p{L}]leider|absage|niet voort te zetten|nicht (weiter )?berücksichtigen|(anderen|andere) (kandidat|bewerber)|nicht in die engere wahl|lamentablemente|desafortunadamente|lamentamos (informar|comunicar)|no (has|ha) sido seleccionad|(otro|otros) candidat|no continuar(emos)? con (tu|su)|helaas|afgewezen|niet (verder|door)gaan|andere kandida(ten|at)|niet (in aanmerking|geselecteerd)|infelizmente|não (foi|foram|ter sido) selecionad|outros candidatos|não (iremos|vamos) (avançar|prosseguir)|lamentamos informar|(client|hiring manager|they|the team) (has|have) (decided|chosen) to (go|proceed|move) (with|ahead with|forward with) (another|a different|someone|an internal)|(gone|went|going) with (another|a different|an internal|someone (else|who))|hiring freeze|(role|position|vacancy|post|job|req(uisition)?) (has been |was |is being |is )?(put on hold|closed|frozen|cancell?ed|pulled|withdrawn)|filled internally|internal (candidate|hire)|(decided|chose) to appoint|(not|won't|will not) be (taking|progressing) (your application|it|things) further|on this occasion|(withdraw|rescind)(ing)? (the|our|your) offer|offer (has been |is )?(withdrawn|rescinded)|not (be )?able to (offer you|take (this|you|it) forward)|(intern|anderweitig) besetzt|einstellungsstopp|(stelle|position) (wurde |ist )?(gestrichen|eingefroren|zurückgezogen)|für (einen )?(anderen|eine andere) (kandidat|bewerber)|angebot zurückzie|pourvu en interne|gel des (recrutements|embauches)|poste (a été )?(pourvu|gelé|supprimé|annulé)|candidat(e)? interne|autre (profil|candidat)|retirer (notre|l'|votre) offre|congelación de (contrataciones|la vacante)|(puesto|vacante) (ha sido )?(cubiert[oa]|congelad[oa]|cancelad[oa])|candidat[oa] intern[oa]|otro perfil|retirar (la|nuestra) oferta|intern ingevuld|vacaturestop|vacature (is )?(ingevuld|vervuld|ingetrokken|bevroren|vervallen)|andere kandidaat|aanbod in(trekken|getrokken)|vaga (foi )?(preenchida|congelada|cancelada)|candidat[oa] intern[oa]|outro perfil|congelamento de (contratações|vagas)|retirar a proposta|jobs_application_rejected|gekozen voor (een )?(andere|iemand|een kandidaat|een collega|een [a-z]+ die)|(beter|ander) nieuws (te )?(kunnen )?(brengen|geven|sturen)|keine (guten|besseren) nachrichten|pas de bonnes nouvelles|(aimé|voulu) vous (annoncer|donner) (une )?(meilleure|autre) nouvelle|no (son|traigo|tengo) (las )?(buenas|mejores) noticias|no traerte mejores noticias|não (são|trago|tenho) boas notícias|kann (ihnen|dir) die stelle (leider )?nicht (mehr )?geben|nicht bestanden|(haben|hat) uns für (eine|einen) (andere|anderen)|ne (donnera|donnerons|donnons|donne|pourrons) pas (de )?suite|avons (choisi|retenu) (un autre|une autre)|no fue seleccionad|no ha (resultado seleccionad|superado)|niet (te|meer|in te) (vervullen|invullen)|intern (kunnen )?(in te vullen|invullen|opgevuld)|niet geslaagd|gekozen voor (een )?(andere|iemand)|(de baan|de functie) (dus )?niet (meer )?geven|já (foi )?preenchida|(já )?escolhemos (outra|outro) (pessoa|candidat)|excluíd[oa] do procedimento|não obteve (a classificação|aprovação)"""),
        Make(JobAlert, "job-alert digest", """job alert|new jobs? (for you|matching|near)|jobs (for you|matching|you may be interested)|recommended (jobs|for you)|\b\d+\+? new jobs\b|similar jobs|jobs you might like|alerte (emploi|e-mail)|offres (d'emploi )?(qui pourraient|recommandées)|nouvelles offres|jobalarm|job-alarm|passende (jobs|stellen)|neue stellenangebote|alerta de (empleo|trabajo)|ofertas recomendadas|empleos (recomendados|para ti)|vacaturealert|nieuwe vacatures|vacatures voor jou|alerta de vagas|vagas (recomendadas|para você)|novas vagas"""),
        Make(Marketing, "promotional wording", """\d+ ?% off|exclusive (offer|deal)|special offer|limited[- ]time|discount|coupon|promo(tion)? code|free shipping|black friday|cyber monday|flash sale|shop now|buy now|order now|subscribe (now|today)|upgrade (now|to premium)|premium (membership|plan)|offre (exclusive|spéciale)|réduction|soldes|code promo|rabatt|sonderangebot|gutschein|jetzt (kaufen|bestellen)|oferta (exclusiva|especial)|descuento|rebajas|korting|aanbieding|uitverkoop|desconto|promoção|cupom|oferta imperdível"""),
        Make(OtherApplication, "non-job application (housing, credit, study, visa)", """\b(apartment|rental application|lease|tenan(t|cy)|landlord|credit card|card application|loan application|mortgage|admissions?|university|undergraduate|graduate program|enrol(l)?ment|scholarship|fellowship application|visa application|passport|residence permit|membership application|logement|appartement|bail|locataire|carte de crédit|demande de prêt|bourse d'études|inscription universitaire|titre de séjour|wohnung|mietvertrag|mieter|kreditkarte|darlehen|stipendium|studienplatz|hochschule|visum|aufenthaltstitel|apartamento|piso|alquiler|inquilino|tarjeta de crédito|préstamo|beca|admisión|universidad|visado|huurwoning|appartement|huurder|creditcard|lening|studiebeurs|toelatingen?|aanmelding voor (de|het|een) (master|bachelor|opleiding|studie|cursus)|hogeschool|verblijfsvergunning|aluguel|arrendamento|inquilino|cartão de crédito|empréstimo|bolsa de estudos|vestibular|matrícula|visto de|mba|grant application|volunteer(ing)? (shift|application|role)|bénévol\w*|ehrenamt\w*|voluntariado|(als|aanmelding) vrijwilliger|vrijwilligers(werk|vacature|functie)|voluntário|(apply|applying|applied|application) to volunteer|adopt(ion|ing)? (application|of|for)?|solicitud de adopción|adoptie|adoção|adozione|allotment|(nursery|school|reception|room) (place|offer)|place (at|in) (our|the) nursery|accelerator|incubator|cohort \d+|membership|lidmaatschap|mitgliedschaft|aufnahmeantrag|adhésion|housing (register|application))\b"""),
        Make(OtherRole, "a job that is not the reader's own application (panel, reference, press)", """\b(interview panel|sit on (the|a|our) (interview )?panel|(join|be on) (the|our) (interview|hiring) panel|(interview|meet) (the|these|our|two|three|four|the shortlisted) (candidates|applicants|shortlist)|shortlisted (three|two|four|\d) candidates|interview scorecard|(reference|referee) (check|request|form)|(provide|give) a reference|(as|be) (a|his|her|their) referee|applied for a role (on|in) (my|our) team|(podcast|press|media|magazine|newspaper|radio|tv|blog) interview|interview (you )?for (our|the|a|my) (podcast|article|story|newsletter|magazine|piece|show|feature|paper)|journalist|(a|an|the|our|local|news|staff|senior|freelance|un|une|notre) reporter|reporter (at|for|with|from|on)|reporters|career (fair|day|expo)|job (fair|expo)|bootcamp|(masterclass|webinar) (on|about)|jury d'entretien|référence (professionnelle|sur)|referenz(auskunft|geber)|bewerbungsgespräch führen|in der auswahlkommission|mitglied der auswahlkommission|parte del tribunal|referencias? (laboral|sobre)|in de sollicitatiecommissie|referentie|(compor|integrar) a banca|referência (profissional|sobre)|journaliste|journalistin|periodista|jornalista|repórter|redakteurin|podcast|reportage|reportaje|(research|user|customer|feedback) (interview|study|session)|mock interview(er|s)?|probe-vorstellungsgespräch|entretien blanc|simulacro de entrevista|proefsollicitatie|simulação de entrevista|(cover|sit in on|join me for|take) (my|the|these) (first-round )?interviews|entretiens des candidat\w*|selectiejury|(júri|jury) das entrevistas|(tesis|tese|thèse|scriptie|masterarbeit|bachelorarbeit|thesis) ?(de|sobre|über|over|on|about)?|salon (de l'emploi|emploi)|feria de empleo|feira de empregos|banenmarkt|karrieremesse|jobmesse|speeddating|roadshow|writing (a|an) (feature|article|piece|story|profile) (on|about)|for (sunday's|tomorrow's|next week's|our) (paper|edition|issue|episode)|(article|artikel|artículo|artigo|reportage) (sur|über|sobre|over|about))\b"""),
        // The reader's own employer writing about the job they already have: a pay review or pay award, a bonus letter, a
        // promotion, an appraisal, benefits enrolment, a payslip, a contract renewal or an internal move. Salary figures
        // and "we are pleased to confirm" make the bag of words hear an offer, an appraisal meeting an interview.
        Make(CurrentJob, "your current employer about the job you have (pay, review, promotion, benefits)", CurrentJobPhrases),
        // Everyday appointments and meetings: a dentist's or a clinic's reminder, a bank adviser, a garage, a parents'
        // evening, a residents' or owners' meeting. "You are invited", a date and a time read like an interview.
        Make(Appointment, "an everyday appointment or meeting (clinic, bank, school, garage, residents)", AppointmentPhrases),
        Make(MassMail, "bulk-mail footer", """unsubscribe|manage (your )?(alerts?|preferences|subscriptions?|notifications)|opt[- ]out|reply stop|you('re| are) receiving this|email preferences|se désabonner|désinscri|abbestellen|abmelden|darse de baja|darte de baja|cancelar (la )?suscripción|afmelden|uitschrijven|descadastr|cancelar (a )?inscrição"""),
        Make(AgencyBlast, "staffing-agency blast or message notification", AgencyBlastPhrases),
        // The reader writing (accepting or declining an offer, confirming a time, telling family about an interview,
        // following up on their own application): first-person words an employer never writes to a candidate.
        Make(OwnMail, "written by you (accepting, declining, confirming, telling someone)", OwnMailPhrases),
        Make(OwnMail, "written by you (German)", OwnMailPhrasesDe),
        Make(OwnMail, "written by you (French, Spanish)", OwnMailPhrasesFrEs),
        Make(OwnMail, "written by you (Dutch, Portuguese)", OwnMailPhrasesNlPt),
        // A decision or a meeting about something that is not a job: a scholarship, a grant, a place on a course, a
        // flat, a visa, a festival slot; a nursery's intake talk, a flat viewing, a podcast. Read with the job nouns.
        Make(SomethingElse, "a decision or a meeting about something other than a job", SomethingElsePhrases),
        Make(OtherRole, "a job that is not the reader's own (committees, candidates to review)", OtherRoleMorePhrases),
        // An offer taken back, a job offered to someone else, a test failed: the words of an offer that mean a no.
        Make(OfferWithdrawn, "an offer withdrawn or given to someone else, a test not passed", OfferWithdrawnPhrases),
        Make(InterviewMention, "mentions an interview or a call", """\b(interview(s|ed)?|calendar invit(e|ation)|phone call|video call|entretien|visio|vorstellungsgespräch|gespräch|videocall|entrevista|videollamada|llamada|sollicitatiegesprek|gesprek|entrevista|videochamada|ligação|conversa rápida|bate-papo|marcar uma conversa|disponibilidade|disponibilidad|disponibilités|verfügbarkeit|beschikbaarheid|availability)\b"""),
        Make(JobContext, "job context", """\b(position|role|job|career|vacanc|hiring|recruit|candida|interview|opening|requisition|resume|talent|employment|employer|poste|emploi|recrutement|entretien|stelle|bewerbung|karriere|puesto|vacante|empleo|postulación|selección|functie|vacature|sollicit|baan|vaga|cargo|emprego|seletivo|recrutamento|postul|kandida|recrut|reclut|aanstelling|anstellung|embauch|contratad|contratação|contratación|verstärkung|versterking)"""),
    ];

    /// <summary>
    /// Conditional "if you are not selected…" sentences in a receipt name a rejection that has not happened. They are
    /// replaced by a marker before the model and the rejection cues read the text.
    /// </summary>
    public static string MaskConditionals(string text, out bool masked)
    {
        // Most mail holds no such sentence. Whether it does is the same yes/no for either engine (no lookaround or
        // backreference), and the one-pass automaton answers it several times faster than the backtracking scan that
        // Replace runs; only mail that holds one pays for the replacement.
        if (ConditionalSentenceAnywhere is { } anywhere && !MatchesAny(anywhere, text))
        {
            masked = false;
            return text;
        }

        var result = ConditionalSentence().Replace(text, " xxconditional ");
        masked = !ReferenceEquals(result, text) && result != text;
        return result;
    }

    /// <summary>
    /// The sentence pattern is "[^.!?\n]*\b(phrases)[^.!?\n]*[.!?]?", and both ends may match nothing: the text holds such
    /// a sentence exactly when it holds "\b(phrases)". Null (no shortcut) if the pattern is ever written another way.
    /// </summary>
    private static readonly Regex[]? ConditionalSentenceAnywhere = Around(ConditionalSentence(), """[^.!?\n]*\b(""", """)[^.!?\n]*[.!?]?""") is { } phrases
        ? OnePass(phrases, ConditionalSentence().Options, """\b(?:""", ")")
        : null;

    /// <summary>The part of the pattern between <paramref name="head"/> and <paramref name="tail"/>, when it is one whole group's content.</summary>
    private static string? Around(Regex pattern, string head, string tail)
    {
        var text = pattern.ToString();
        return text.StartsWith(head, StringComparison.Ordinal) && text.EndsWith(tail, StringComparison.Ordinal) &&
               text.Length >= head.Length + tail.Length && TopLevelBranches(text[head.Length..^tail.Length]) is not null
            ? text[head.Length..^tail.Length]
            : null;
    }

    /// <summary>
    /// An alternation read by the NonBacktracking engine, as one automaton or, where one would pass the engine's size
    /// limit, as several over parts of its branches: the text holds a match of the whole exactly when it holds one of a
    /// part (yes/no only; the patterns use no lookaround or backreference). Null when it cannot be read that way.
    /// </summary>
    internal static Regex[]? OnePass(string alternation, RegexOptions options, string before, string after)
    {
        try
        {
            return [new Regex(before + alternation + after, options | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout)];
        }
        catch (NotSupportedException)
        {
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (TopLevelBranches(alternation) is not { Count: >= 2 } branches)
        {
            return null;
        }

        var half = branches.Count / 2;
        var first = OnePass(string.Join('|', branches.Take(half)), options, before, after);
        var second = OnePass(string.Join('|', branches.Skip(half)), options, before, after);
        return first is null || second is null ? null : [.. first, .. second];
    }

    /// <summary>The backtracking pattern <see cref="MaskConditionals"/> replaces with, and its one-pass shortcut (for the tests).</summary>
    internal static Regex ConditionalSentencePattern => ConditionalSentence();

    internal static Regex[]? ConditionalSentenceShortcut => ConditionalSentenceAnywhere;

    internal static bool MatchesAny(Regex[] patterns, string text)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index of the bracket that closes the character class opened at <paramref name="open"/> (escapes included; a
    /// ']' right after "[" or "[^" is literal), or the pattern's length if it is not closed.
    /// </summary>
    internal static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        while (i < pattern.Length && pattern[i] != ']')
        {
            i += pattern[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i, pattern.Length);
    }

    /// <summary>The branches of a pattern's outermost alternation; null if a parenthesis closes that was not opened here.</summary>
    internal static List<string>? TopLevelBranches(string pattern)
    {
        var branches = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth < 0:
                    return null;
                case '|' when depth == 0:
                    branches.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        if (depth != 0)
        {
            return null;
        }

        branches.Add(pattern[start..]);
        return branches;
    }

    /// <summary>
    /// "We have decided to extend an offer to another candidate", "we have offered the Financial Controller role to another
    /// finalist", "we have decided to offer the post to a candidate with more recent experience" carry the words of an
    /// offer and mean a rejection.
    /// Such sentences are rewritten to a plain rejection before the model and the cues read the text.
    /// </summary>
    public static string NormaliseOfferToSomeoneElse(string text) => OfferToSomeoneElse().Replace(text, " decided to move forward with another candidate ");

    /// <summary>How many different agency-blast phrases the text holds ("pay rate" twice counts once).</summary>
    /// <remarks>Most mail has none, and the cue's one-pass automaton says so at a fifth of the cost of listing them.</remarks>
    public static int AgencyBlastHits(string text) =>
        AgencyBlastCue.Pattern.IsMatch(text) ? AgencyBlastMatches().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().Count() : 0;

    private static readonly Cue AgencyBlastCue = All.First(c => c.Signal == AgencyBlast);

    /// <summary>"Arjun just messaged you", "You have a new message!": a platform's notice, not the message.</summary>
    public static bool IsMessageNotification(string subject) => MessageNotification().IsMatch(subject);

    public static List<Cue> Matching(string text) => AllScan.Matching(text);

    /// <summary>Whether a guard's phrase stands in the subject or in the body (each read on its own, so no match spans the two).</summary>
    private static bool InSubjectOrBody(Regex pattern, string subject, string body) => pattern.IsMatch(subject) || pattern.IsMatch(body);

    private static readonly CueWordScan AllScan = new(All);

    // A cue only asks whether a phrase occurs, and that yes/no is the same for every engine (the patterns use no
    // lookaround or backreference). The backtracking engines try a 100-branch alternation at almost every position of
    // the body; NonBacktracking reads the text once through a cached automaton (bench/RESULTS.md: 1.9 ms of cues per
    // email went to 0.3 ms, with the same answer on every email of the corpus). It is linear by construction, so no
    // timeout is needed (a wall-clock timeout failed whole training runs on a loaded machine).
    private static Cue Make(string signal, string reason, string pattern) =>
        new(signal, reason, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout))
        {
            Words = RequiredWords.Of(pattern),
        };

    private const string OwnMailPhrases = """\bi('m| am) (so |very |really |truly )?(happy|pleased|delighted|thrilled|glad|excited|writing) to (formally |officially |gladly )?(accept|confirm my acceptance|decline|turn down|withdraw)|\bi (hereby |formally |gladly |happily |officially )?accept (your|the|this) (kind |generous |job |formal )?(offer|proposal|position)|\bi('d| would) (like|love|be happy) to (formally )?(accept|decline) (your|the|this)|\bi('ve| have) (decided|chosen) to (accept|decline|turn down|withdraw|go with another)|\bi (must|have to|will have to|need to|regret that i must) (respectfully |regretfully |politely )?(decline|turn down|withdraw from)|withdraw my (application|candidacy)|(following|follow) up on my (application|interview|candidacy)|thank you for (interviewing me|considering me|the offer|your offer|offering me)|(thanks|thank you) (so much )?for having me|\bmy (job )?interview (is|was|went|on|at|tomorrow|today|with)|(they|she|he) (offered|rejected|invited) me|(i got|i've got|i have got|i landed|i've landed) (the job|an interview|the offer|a job offer|an offer)|wish me luck""";

    private const string OwnMailPhrasesDe = """ich nehme (ihr|das|dein|euer|ihr freundliches) (angebot|stellenangebot|jobangebot|vertragsangebot) (gerne |sehr gerne |hiermit |dankend )?an|(freue mich|freut mich|ich möchte),? (ihr|das|dein|euer) angebot (gerne |sehr gerne |hiermit )?an(zu)?nehmen|(muss|möchte) ich (ihr|das|dein|euer) angebot (leider )?(ablehnen|absagen)|ich (muss|möchte) (ihr|das|dein|euer) angebot (leider )?(ablehnen|absagen)|ich (ziehe|möchte) meine bewerbung zurück|meine? (bewerbung|vorstellungsgespräch|bewerbungsgespräch) (ist|war|lief|ging|am|bei|morgen|heute)|(ich habe|hab) (die stelle|den job|eine zusage)[^.\n]{0,40}(bekommen|gekriegt)|drück mir die daumen""";

    private const string OwnMailPhrasesFrEs = """(j'ai le plaisir|je suis (ravie?|heureux|heureuse)) (de l'accepter|d'accepter|de vous confirmer mon acceptation)|j'accepte (votre|la|cette|le) (proposition|offre|poste)|je (dois|me vois contrainte? de|préfère) (décliner|refuser) (votre|cette|la)|je retire ma candidature|(suite à|concernant|au sujet de) ma candidature|mon entretien (s'est|était|est|de|avec|à|demain)|j'ai (eu|décroché|obtenu) (le poste|un entretien|une offre|le job)|croise les doigts|acepto (la|su|tu|vuestra) (oferta|propuesta)|(encantad[oa]|feliz|con gusto|me complace) (de )?aceptar|(debo|tengo que|prefiero) (declinar|rechazar) (la|su|tu|vuestra) (amable )?(oferta|propuesta)|retiro mi candidatura|(sobre|respecto a) mi candidatura|mi entrevista (fue|es|de|con|mañana|salió)|me (ofrecieron|han ofrecido|dieron) el (puesto|trabajo)|cruza los dedos""";

    private const string OwnMailPhrasesNlPt = """ik (neem|accepteer|aanvaard) (het|uw|je|jullie) (aanbod|voorstel)|(uw|je|jullie) (aanbod|voorstel) (graag |met plezier )?(aan te nemen|aanvaarden|accepteren)|(moet|wil) ik (het|uw|je) (aanbod|voorstel) (helaas )?(afslaan|afwijzen|weigeren)|ik (moet|wil) (het|uw|je) (aanbod|voorstel) (helaas )?(afslaan|afwijzen|weigeren)|ik trek mijn sollicitatie in|(over|naar aanleiding van) mijn sollicitatie|mijn (sollicitatiegesprek|gesprek) (ging|was|is|bij|met|morgen)|ik heb de (baan|job|functie)[^.\n]{0,30}gekregen|duim voor me|(aceito|aceitar) (a|sua|tua|vossa) (proposta|oferta)|confirmo (o )?meu aceite|(devo|tenho de|tenho que|preciso) (recusar|declinar) (a|sua|tua) (proposta|oferta)|retiro a minha candidatura|(sobre|acerca d)a? minha candidatura|minha entrevista (foi|é|de|com|amanhã)|(me ofereceram|consegui) (a vaga|o emprego|o cargo)|torce por mim""";

    private const string SomethingElsePhrases = """\b(scholarships?|bursar(y|ies)|(research |travel |artist |arts |project )?grants? (application|decision|round|programme|program)|funding (decision|application|round)|(your|an?) (offer of a place|place on (the|our) (course|programme|program|master)|admission(s)? (decision|offer|interview)?)|(ballot|lottery) (result|entry)|allotment|tenancy|(flat|apartment|house|property) (viewing|application)|viewing (of|at) (the )?(flat|apartment|property)|landlord|visa (decision|application|appointment|interview)|(loan|mortgage|card) (application|decision)|(perform|play|stall|pitch|slot) at|volunteer(s|ing)? (rota|roster|shift|application)|(nursery|daycare) (place|visit|intake)|place (in|at) (the|our) (nursery|daycare)|settling-in (visit|session|period)|parents'? evening|podcast|stipendi(um|en|ums)|(studien|kita|krippen|kindergarten)platz|wohnungsbesichtigung|besichtigung|mietinteressent|zulassung|aufnahmegespräch|eingewöhnung|bourse|(admission|admissibilité) (en|au|à) (master|licence|école)|place en crèche|adaptation à la crèche|visite (de l'appartement|du logement)|dossier de location|jury du festival|résidence d'artiste|becas?|subvenci(ón|ones)|admisión (al|en el) (máster|grado|programa)|plaza en (la )?guardería|periodo de adaptación|visita (al piso|del piso)|matrícula en|plek voor [a-z]+ (op|in) de (baby|peuter|dreumes)groep|wenmoment(en)?|wenochtend|bezichtiging|huurwoning|woningtoewijzing|toelating(sgesprek)?|studiebeurs|subsidie(aanvraag)?|bolsas?( de estudo)?|vaga (na|no) (creche|berçário)|adaptação (na|da) creche|contemplad[oa] com uma vaga|visita ao (apartamento|imóvel)|admissão (ao|no) (mestrado|programa)|edital de (bolsas|fomento)|mestrado em [a-z]+ para o ano letivo)\b""";

    private const string OtherRoleMorePhrases = """\b(?:(zitting nemen in|plaats nemen in|deel uitmaken van|meepraten in) de (sollicitatie|selectie|benoemings)commissie|(sollicitatie|selectie)commissie .{0,40}(zoeken we|ouders|vrijwilligers)|(member|members) of the (selection|hiring|interview) (panel|committee)|(sit|serve) on (the|a|our) (selection|hiring|recruitment) (committee|panel)|new (applicants?|candidates?) for your (job|posting|requisition|opening)|feedback on (the|this|our) candidate|(mitglied|teil) (der|einer) (auswahl|berufungs)kommission (sein|werden)|membre du jury (de recrutement|d'entretien)|(siéger|participer) (au|à un) (jury|comité de sélection)|(formar parte|participar) (del|de un) (tribunal|comité de selección)|(fazer parte|participar) d[ao] (banca|júri|comissão de seleção))\b""";

    private const string OfferWithdrawnPhrases = """withdraw(ing|n)? (our|the|your|this|my) (job |employment |conditional )?offer|offer (of employment )?(has been |is being |must be |was )?(withdrawn|rescinded|retracted|revoked)|rescind(ing)? (the|our|your) offer|(no longer|not) (be )?(able|in a position) to (proceed with|honou?r|go ahead with) (the|our|your) offer|(has|have|had) been offered to (another|a different|an internal|one of the other) (candidate|applicant|person)|offered (it|the (role|position|job|post)) to (someone else|another (candidate|applicant|person))|(did not|didn't|have not|haven't) (pass|passed|meet the pass mark)|(unsuccessful|not successful) (in|on) (the|your) (assessment|test|exam|written test)|zusage (zurückziehen|zurückgezogen|zurücknehmen|zurückgenommen|widerrufen)|(angebot|vertragsangebot|jobangebot|stellenangebot) (leider )?(zurückziehen|zurückgezogen|zurücknehmen|widerrufen)|stelle (wurde )?(an|einer|einem) (eine |einen )?(andere|anderen) (bewerber|kandidat)|(retirer|retirons|annuler|annulons|revenir sur) (notre|la|votre|cette) (promesse d'embauche|proposition|offre)|(promesse d'embauche|proposition d'embauche|offre) (est |a été )?(retirée|annulée|caduque)|(poste|offre) (a été )?(proposée?|attribuée?) à (un|une) autre|n'avez pas (réussi|été admise?)|(retirar|retiramos|anular|anulamos|retirando) (la|nuestra|esta) (oferta|propuesta)|oferta (ha sido |fue )?(retirada|anulada|cancelada)|(ofrecido|ofrecimos|asignado) (el puesto|la plaza|la vacante) a otr|no (has|ha) (superado|aprobado)|(aanbod|voorstel|arbeidsvoorwaardenvoorstel|aanstelling) (helaas )?(in te trekken|intrekken|ingetrokken)|(ons|het|dit) (aanbod|voorstel) (voor|om|als|van) [^.!?\n]{1,60} (in te trekken|intrekken|ingetrokken)|(angebot|zusage) (für|als) [^.!?\n]{1,60} (zurückziehen|zurückzuziehen|zurücknehmen|widerrufen)|aan iemand anders (aangeboden|gegeven)|(toets|test|examen|assessment) niet (gehaald|behaald)|(retirar|retiramos|cancelar|cancelamos) (a|nossa|esta) (proposta|oferta)|proposta (foi )?(retirada|cancelada)|(oferecida|oferecemos a vaga|atribuída) (a|para) outr|não (foi|foste) aprovad""";

    private const string AppointmentPhrases = """(your|an?) appointment (with|on|at|is|has been|for your)|appointment (confirmation|reminder|booked|confirmed|has been booked)|(reminder|confirmation) (of|about|for) your (appointment|booking)|(dental|hygienist|gp|doctor'?s|physio|eye|outpatient|clinic|vaccination) (appointment|check-?up|test|booking)|(mot|service) booking|your (eye test|check-?up|booster|scale and polish|cleaning) is|parents'? evening|parent-teacher|(residents'?|tenants'?|owners'?|homeowners'?) meeting|annual general meeting|mortgage (advisor|adviser|options|appointment)|terminerinnerung|terminbestätigung|ihre[nm]? termin (am|bei|zur|für)|zahnreinigung|kontrolluntersuchung|elternsprechtag|elternabend|eigentümerversammlung|mieterversammlung|beratungsgespräch|beratungstermin|rappel de (votre )?rendez-vous|confirmation de (votre )?rendez-vous|votre rendez-vous (avec le dr|chez|médical)|rendez-vous (médical|chez le|avec le dr)|détartrage|contrôle technique|(réunion|rencontre)s? parents|assemblée générale des copropriétaires|recordatorio de (su|tu) cita|(su|tu) cita (con la? dra?|con el doctor|médica|para la revisión)|cita (médica|previa)|reunión de (padres|copropietarios|vecinos)|(uw|je) afspraak (op|bij|met|voor)|bevestiging van (uw|je) afspraak|afspraakbevestiging|herinnering (aan )?(uw|je)? ?afspraak|periodieke controle|(?:langskomen|langs komen) voor (?:de|uw|je) (?:halfjaarlijkse |jaarlijkse )?controle|tienminutengesprek|ouderavond|ledenvergadering|hypotheekgesprek|lembrete de consulta|(sua|a sua) consulta (com|na|no|de|marcada)|consulta (marcada|médica)|reunião de (pais|condomínio|condóminos)|assembleia de (condomínio|condóminos)""";

    private const string CurrentJobPhrases = """pay (review|award|rise|increase|settlement|uplift)|salary (review|increase|adjustment|uplift)|merit (increase|award|rise)|cost[- ]of[- ]living (increase|adjustment|payment)|your (new|revised|updated) (base |annual |hourly )?(salary|pay|rate of pay|hourly rate)|(total )?rewards? statement|bonus (letter|award|payout|statement)|annual bonus (award|payment|letter)|performance (review|appraisal|conversation|check-?in)|(annual|mid-?year|year-?end) (review|appraisal) (meeting|form|conversation)|(your|annual) appraisal|appraisal (meeting|form|conversation|cycle)|job plan review|open enrol(l)?ment|benefits? (enrol(l)?ment|election|window)|promotion (to|letter|confirmed|confirmation)|(you have|you've) been promoted|internal (transfer|move|secondment)|secondment|(contract|fixed-?term) (renewal|extension)|(renew|extend) your (fixed-?term )?contract|gehaltserhöhung|gehaltsanpassung|gehaltsrunde|tariferhöhung|entgelterhöhung|lohnerhöhung|ihr neues (gehalt|entgelt|grundgehalt)|mitarbeitergespräch|jahresgespräch|leistungsbeurteilung|zielvereinbarungsgespräch|bonuszahlung|beförderung|befördert|vertragsverlängerung|verlängerung ihres (arbeits)?vertrag|interne versetzung|augmentation (de salaire|salariale|individuelle|générale)|revalorisation salariale|(ta|votre) promotion (au|comme|en tant que)|votre nouveau salaire|entretien (annuel|d'évaluation|professionnel annuel)|renouvellement de (votre )?contrat|prolongation de (votre )?(cdd|contrat)|avenant (à|a) votre contrat|prime (annuelle|de fin d'année|exceptionnelle) (de|d')|subida salarial|aumento (de sueldo|salarial)|revisión salarial|(tu|su) nuevo (salario|sueldo)|evaluación (anual )?del? desempeño|bonus anual|promoción interna|\bascenso\b|renovación de (tu |su )?contrato|prórroga de (tu |su )?contrato|traslado interno|salarisverhoging|loonsverhoging|salarisherziening|cao-verhoging|(je|uw) nieuwe salaris|functioneringsgesprek|beoordelingsgesprek|jaargesprek|contractverlenging|verlenging van (je|uw) contract|interne overstap|aumento salarial|reajuste salarial|revisão salarial|(o )?seu novo salário|avaliação de desempenho|renovação (do|de) (seu |teu )?contrato|transferência interna|(sua|a sua) promoção (a|para)""";

    // An offer of a position (not a change to the one the reader has): "offer you the role", a start date, joining the team.
    [GeneratedRegex("""offer you (the|this|a|our) (position|role|job|post)|offer of (employment|appointment)|(job|employment|formal|written|verbal) offer|offer letter|(join|joining) (us|our team|the team)|welcome (you )?(aboard|to the team)|(proposed |your )?start(ing)? date|your first day|ihnen die stelle|(stellen|arbeits|vertrags)angebot|zusage für|eintrittsdatum|(ihr|dein) erster arbeitstag|willkommen im team|vous proposer le poste|proposition d'embauche|promesse d'embauche|date de (prise de poste|démarrage)|rejoindre (notre|l'|l’)équipe|vous accueillir (au sein|dans)|ofrecer(te|le) el puesto|oferta (de empleo|laboral|de trabajo)|fecha de incorporación|incorporarte|incorporarse|formar parte de nuestro equipo|(je|u) de (functie|baan|job)\b.{0,40}aan(bieden)?|(baan|job|functie)aanbod|aanbod voor de functie|startdatum|eerste werkdag|welkom in het team|oferecer(-lhe|-te)? a vaga|proposta (de emprego|de trabalho)|data de (início|admissão)|fazer parte da (nossa )?equipe|queremos (te )?contratar""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositionOffer();

    // Words only a job carries (not "application", "candidate", "selected" or "interview", which grants, courses and
    // flats share): the line between a decision about a job and one about a scholarship, a place or a flat. The verb
    // "stellen" ("Fragen stellen", "zur Verfügung stellen") is written small; the noun "Stellen" and its compounds are not.
    [GeneratedRegex("""\b(?:jobs?|position|role|vacanc\w*|employment|employer|hiring|recruit\w*|careers?|salary|start date|stelle|(?-i:Stellen)\w*|stellen\w+|arbeitsplatz|arbeitsvertrag|anstellung|einstellung|gehalt|poste|emploi|embauche|recrutement|salaire|cdi|cdd|puesto|empleo|vacante|contrataci[oó]n|sueldo|functie|vacature|baan|aanstelling|salaris|vaga|cargo|emprego|contrata[cç][aã]o|sal[aá]rio|job interview|vorstellungsgespr[aä]ch|bewerbungsgespr[aä]ch|arbeitgeber|entretien d'embauche|entrevista de (?:trabajo|emprego)|sollicitatiegesprek|werkgever)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JobNoun();

    /// <summary>Whether the text names a job in words no scholarship, course, flat or visa shares.</summary>
    public static bool NamesAJob(string text) => JobNoun().IsMatch(text);

    /// <summary>Whether the subject or body offers the reader a position (as opposed to changing the pay of the one they have).</summary>
    public static bool OffersAPosition(string subject, string body) => InSubjectOrBody(PositionOffer(), subject, body);

    private const string AgencyBlastPhrases = """one of our (top |leading |valued |esteemed |fortune \d+ |direct )?clients|our client,? (a|an|is|who)|(found|came across|saw) your (resume|cv|profile) on (a|one of the|our|the|various) (job )?(board|portal|database|site)s?|pay ?rate|bill ?rate|contract duration|\bc2c\b|corp[- ]to[- ]corp|\bw2\b|requirement (#|id|no)|(if|in case) (this|it) (is not|isn't) (for you|a fit|of interest)|(know|refer) (someone|anyone|a friend)|referral bonus|(urgently|currently) (recruiting|hiring) for (the following|multiple|several)|the following (roles|positions|vacancies|openings)|hot jobs|immediate starts?|(just )?messaged you|new message from|you have (\d+|a) new messages?|mehrere (stellen|positionen)|(plusieurs|nombreux) postes|varias (vacantes|posiciones)|meerdere vacatures|várias vagas""";

    // The phrases themselves are counted here, so this one keeps the backtracking engine's leftmost-first matches.
    [GeneratedRegex(AgencyBlastPhrases, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyBlastMatches();

    [GeneratedRegex("""(?:just )?messaged you|(?:sent you|you have) (?:an?|\d+) new (?:message|inmail)|new message from|a (?:new )?message (?:from|about)|neue nachricht|nouveau message|nuevo mensaje|nieuw bericht|nova mensagem""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MessageNotification();

    [GeneratedRegex("""\b(?:(?:extend(?:ed|ing)?|make|made|offer(?:ed)?|give|gave|given)\s+(?:an?\s+|the\s+|our\s+)?(?:[\p{L}-]+\s+){0,4}?(?:offer|position|role|job|post|vacancy)?\s*(?:to|with)\s+(?:(?:another|a different|one of the other|an internal|other)\s+(?:candidate|applicant|person|individual|finalist)s?|some(?:one|body)(?:\s+else)?\b)|(?:decided to|have|'ve|had|we)\s+offer(?:ed)?\s+(?:the|this)\s+(?:[\p{L}-]+\s+){0,4}?(?:post|position|role|job|vacancy)\s+to\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:candidate|applicant|finalist)\b|(?:angebot|zusage|stelle)\s+(?:an|einer|einem)\s+(?:andere[nr]?)\s+(?:kandidat|bewerber|person)\w*|propos(?:é|er|ons)\s+(?:le poste|une offre)\s+à\s+(?:un|une)\s+autre\s+(?:candidat|personne)\w*|ofrec(?:ido|er|emos)\s+(?:el puesto|la oferta)\s+a\s+otr[oa]\s+(?:candidat|persona)\w*|(?:aangeboden aan|aanbod gedaan aan)\s+een\s+andere\s+kandida\w*|ofere(?:cemos|cer|cida)\s+(?:a vaga|a proposta)\s+(?:a|para)\s+outr[oa]\s+(?:candidat|pessoa)\w*)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferToSomeoneElse();

    // A sentence (up to its full stop) that opens with a condition on not being selected or not hearing back.
    [GeneratedRegex("""[^.!?\n]*\b(if (you are|you're|you were) not (selected|successful|shortlisted|chosen)|if (we|you) (do not|don't|did not|didn't) (contact|hear|get back|respond)|if (your (profile|application|experience|background|skills?)|you) (is|are|do|does)(n't| not) (match|a match|selected|successful|meet)|should (you|your application) not be (selected|successful)|should we (decide|choose) not to|if (there is|it's) not a (match|fit)|in case (you are|your application is) not (selected|successful)|unable to respond to (every|each|all)|only (shortlisted|successful|selected) (candidates|applicants) will be contacted|si (votre candidature|votre profil) (n'est|ne) (pas|correspond pas)|sans (réponse|retour) de notre part|si vous n'avez pas de (nouvelles|réponse)|sollten wir uns (innerhalb|nicht)|falls (wir|sie) (uns )?(innerhalb|nicht)|sollte (ihre|deine) bewerbung nicht|si no (recibes|recibe|has recibido) (respuesta|noticias)|si (tu|su) (perfil|candidatura) no|en caso de no ser seleccionad|als (je|u) (binnen|niets)|indien (je|u|jouw|uw) (sollicitatie|profiel)? ?niet|caso (não|nao) (seja|sejas) selecionad|se (você )?não (for|receber|tiver) (selecionad|retorno|resposta)|caso não receba|if (we|the (hiring )?team|the (hiring )?manager) (decide|decides|choose|chooses) not to|if (you (have not|haven't)|you've not) heard|if (your application|you) (is|are|were|was|has been|have been) (unsuccessful|not successful|not shortlisted)|unsuccessful (applicants|candidates) will|(whatever|regardless of) the (outcome|decision)|(should|if) (we|the team) not (be able to )?(proceed|move forward|progress)|sollten wir uns (gegen|für (einen )?ander)|falls wir uns (gegen|für (einen )?ander)|si nous (ne donnons pas suite|décidons de ne pas)|si (votre candidature|vous) n'(est|êtes) pas (retenue?s?|sélectionnée?s?)|si (finalmente )?(decidimos|decidiéramos) no|si no (eres|es|fueras|fuera) seleccionad|als (we|wij) (besluiten|beslissen) (om )?niet|mocht (je|u|jouw|uw) (sollicitatie )?niet|caso (decidamos|a empresa decida|não avancemos) não|se (decidirmos|optarmos por) não|(reply|respond|get back to you|be in touch|let you know|hear from (me|us)|write to you)( either way| whatever happens| in any case)|quelle que soit (la suite|l'issue|la décision|la réponse)|falls wir keine passende stelle|(ook|zelfs) als we niet verder gaan|se não (seguirmos|avançarmos)|quelle que soit (la suite|la réponse|la décision|l'issue)|que la réponse soit positive ou (négative|non)|falls wir keine (passende )?stelle|(egal |ob )?ob (zu- oder absage|positiv oder negativ)|ongeacht de uitkomst|ook als het (antwoord )?(negatief|nee) is|(sea|tanto si es) (positiva|la respuesta) (o|como) negativa|(seja|qualquer que seja) (positiva|a resposta|o resultado)|(sollten|falls|wenn) (sie|du) (bis|innerhalb|in den nächsten)[^!?\n]{0,60}(keine|nichts)|sollten sie [^.!?\n]{0,50}nicht (in betracht|in frage|infrage) kommen|falls (wir|ich) (sie|dich|ihre bewerbung|deine bewerbung) nicht (berücksichtigen|berücksichtigt|einladen|auswählen)|(falls|sollten|wenn) (sie|du) nicht (berücksichtigt|ausgewählt|eingeladen) werden|si no (resultas|resulta|resultase|resultara|quedas|queda|fueses) (seleccionad|elegid|escogid)|caso (você )?não (seja|sejas|for) (selecionad|escolhid|chamad)|if (we|i)('d| would) like to (meet|speak|talk|interview|invite)|falls (wir|ich) (sie|dich) (kennenlernen|einladen|sprechen) (möchten|möchte|wollen|will)|si (nous souhaitons|nous voulons|je souhaite) vous (rencontrer|recevoir|convoquer)|si (queremos|quisiéramos) (conocerte|conocerle|entrevistarte)|als (we|wij) (je|u) (willen|graag) (uitnodigen|spreken|ontmoeten)|se (quisermos|pretendermos) (conhecê-l[oa]|falar (com você|consigo|contigo)))[^.!?\n]*[.!?]?""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConditionalSentence();
}
