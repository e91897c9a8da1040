using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// Phrase families for job-event precision (issue 9): a forward whose short note shares the forwarder's own news (a
/// friend's "look what came today!", the reader's "Mum, I got the job!"), and a decision, a slot or an intake about
/// something that is not a job (a nursery place, a conference paper, a manuscript, a competition, a tender, a tryout, an
/// audition, a clinical study, a customer-research interview, a market stall). They are not features of the model and
/// run only once the model has chosen a job event (<c>EmailClassifier.FollowPrecisionFamilies</c>), so everyday mail
/// never pays for them.
/// </summary>
internal static partial class Cues
{
    /// <summary>
    /// A forward's note that shares the forwarder's own news: first-person words about their interview, offer or no, a
    /// "look!", "guess what", "wish me luck", "what do you think, should I take it?", a note to family. An agency's
    /// "the client would like to meet you, see below" speaks to the candidate instead (<see cref="NoteAddressesTheCandidate"/>),
    /// and "well, that's that one. saving for my records" is the reader's own mail sent on to another address of theirs.
    /// </summary>
    public static bool NoteSharesOwnNews(string note) =>
        note.Length > 0 && SharedNews().IsMatch(note) && !NoteAddressesTheCandidate(note) && !NoteKeptForYourself(note);

    /// <summary>Above this many characters a reply's newest message says more than a candidate's "yes, that time suits me".</summary>
    private const int ShortReplyChars = 320;

    /// <summary>
    /// A short reply in the reader's own words, under a reply's subject: "Friday at 10 is fine, I'll see you then", "Yes,
    /// I'm still interested — attached is my CV", "Donnerstag um 9 passt mir", "me convient très bien", "me va perfecto",
    /// "komt mij goed uit", "fica ótimo para mim". The candidate's side of a thread about an interview or an offer: a
    /// recruiter confirming a time writes "you'll meet", "we", "our office" or "your interview" (<see cref="EmployersWords"/>),
    /// and none of the reader's phrases ("is confirmed" is not one). "Tuesday works for me" is said by both sides, so the
    /// guard also asks where the reply went (<c>EmailFeatures.ToAnOrganisation</c>).
    /// </summary>
    public static bool ReplyInTheReadersWords(string subject, string body) =>
        body.Length <= ShortReplyChars && ReplySubject().IsMatch(subject) && ReadersReply().IsMatch(body) && !EmployersWords().IsMatch(body);

    /// <summary>
    /// A letter in the reader's own voice, of any length and under any subject: an application or a cover email ("I am
    /// writing to apply", "hiermit bewerbe ich mich", "je me permets de vous adresser ma candidature", "les envío mi
    /// candidatura", "hierbij solliciteer ik", "venho candidatar-me"), an acceptance, a withdrawal, a declined offer, a
    /// thank-you after an interview, a follow-up, an availability confirmed, a CV sent on, a referee asked. Only phrases a
    /// recruiter never writes about the reader ("my CV", "my application", "I accept", "I am available for interview"):
    /// recruiters write "I" too ("I came across your CV"). Nothing of an employer's voice may stand beside them ("we'd
    /// like to invite you", "your application", "wir freuen uns", "nous avons le plaisir", "nos complace"): an employer's
    /// short "can you come Tuesday?" over a quoted letter is only the newest message once the quote is cut.
    /// </summary>
    public static bool LetterInTheReadersWords(string body) => CandidateVoice().IsMatch(body) && !EmployerVoice().IsMatch(body);

    /// <summary>An employer's or a recruiter's voice in a forward's note or a message: inviting, offering, deciding, "your application".</summary>
    public static bool InAnEmployersVoice(string text) => EmployerVoice().IsMatch(text);

    [GeneratedRegex("""^\s*(?:re|aw|antw|sv|res|rv|r)\s*:""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplySubject();

    // A time accepted, a visit promised, interest confirmed, a document sent: first-person words a candidate writes back.
    [GeneratedRegex("""\b(?:(?:is|would be|sounds) (?:fine|good|great|perfect|ideal)(?: (?:for|with|by) me)?|works (?:for me|well for me|just as well|fine for me)|suits me|i(?:'ll| will) (?:be there|see you|bring|come)|i(?:'m| am) (?:still|very much|definitely|really) interested|still interested|(?:attached|enclosed) (?:is|are) my|please find (?:attached|enclosed) my|i(?:'ve| have) attached my|i(?:'m| am) (?:free|available) (?:on|at|any|all|from|after|before|monday|tuesday|wednesday|thursday|friday)|passt (?:mir|bei mir)|geht bei mir|(?:ist|wäre) für mich (?:in ordnung|perfekt|kein problem)|parfait pour moi|perfecto para mí|past (?:mij|me) (?:goed|prima)|ich (?:komme|bin) (?:gerne|gern|pünktlich) (?:da|vorbei)|ich bringe (?:meine|mein|die|den|das)|ich habe (?:weiterhin|nach wie vor|noch immer|immer noch) interesse|(?:weiterhin|nach wie vor|immer noch) interessiert|anbei (?:mein|meine|sende ich)|im anhang (?:mein|meine|finden sie mein)|me convient|je serai (?:là|présente?)|je viendrai|(?:ci-joint|en pièce jointe) (?:mon|ma|mes)|(?:je suis )?toujours (?:intéressée?|partante?)|me (?:va|viene) (?:bien|perfecto|genial)|(?:allí|ahí) estaré|adjunto (?:mi|mis)|sigo (?:interesad[oa]|disponible)|komt (?:mij |me )?(?:goed|prima|uitstekend) uit|(?:is|lijkt me) (?:prima|perfect)|ik (?:zal|ben) er (?:zijn|bij)|ik neem (?:mijn|de|het) [^.!?\n]{1,30} mee|ik ben (?:nog steeds|nog altijd|zeker) geïnteresseerd|(?:in de bijlage|bijgevoegd|als bijlage) (?:vindt u |vind je |stuur ik )?mijn|(?:fica|está) (?:ótimo|ótima|bom|perfeito) para mim|estarei (?:lá|aí|presente)|confirmo (?:a )?minha presença|continuo interessad[oa]|(?:segue|seguem) (?:em anexo )?(?:o |a )?(?:meu|minha)|em anexo (?:o |a )?(?:meu|minha))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadersReply();

    // The candidate's voice: first person about one's own application, CV, availability, acceptance or withdrawal.
    [GeneratedRegex("""\b(?:i(?:'m| am) writing to (?:apply|express my interest|submit my application|(?:formally )?accept|confirm (?:my|that i)|withdraw|(?:respectfully )?decline|follow up on my)|i(?:'d| would) like to (?:apply|submit my application|be considered|withdraw my|(?:formally )?accept (?:your|the)|(?:respectfully )?decline (?:your|the))|i wish to apply|please (?:accept|consider) (?:this (?:e-?mail |letter )?(?:and the attached cv )?as )?my application|(?:for|considering|consider|regarding|about|on|of|to) my (?:application|candidacy)|my (?:cv|c\.v\.|resume|résumé|cover letter|covering letter|application (?:for|to)|candidacy|notice period|referees?)\b|i(?:'m| am) (?:available|free) (?:for|to attend) (?:an |the |a |any )?(?:interview|trial)|i would welcome (?:the|an) opportunity to (?:interview|discuss|meet)|i(?:'m| am) (?:so |very |really )?(?:pleased|delighted|happy|thrilled|glad) to (?:formally )?accept|i (?:hereby |gladly |happily |formally )?accept (?:your|the|this) (?:kind |generous |formal |job )?(?:offer|position|role|job)|i (?:have|'ve) decided to (?:decline|turn down|withdraw|accept)|i (?:must|have to|will have to|need to) (?:respectfully |regretfully |politely )?(?:(?:decline|turn down) (?:your|the|this) (?:kind |generous )?(?:offer|position|role|job)|withdraw (?:my|from))|thank you for (?:interviewing me|considering me|offering me|having me)|i can confirm (?:that )?i(?:'ll| will| can) (?:attend|be there|come)|i confirm (?:that )?i (?:will|can) attend|(?:act|serve) as (?:my|one of my) (?:referees?|references?)|would you (?:be (?:willing|happy|able)|mind|agree) to (?:act|serve|be) as (?:a |my )?(?:referee|reference)|hiermit bewerbe ich mich|bewerbe ich mich (?:hiermit )?(?:um|als|auf|für)|ich bewerbe mich|ich möchte mich (?:hiermit )?(?:um|als|auf|für) [^.\n]{1,60} bewerben|meine[rn]? (?:bewerbung|bewerbungsunterlagen|lebenslauf|kündigungsfrist)|meinen lebenslauf|über eine einladung zu einem (?:persönlichen )?(?:vorstellungsgespräch|gespräch)|ich nehme (?:die stelle|das angebot|ihr angebot)(?: [^.\n]{0,40})? an\b|(?:dass|weil) ich mich (?:bei ihnen )?vorstellen durfte|je me permets de vous (?:adresser|envoyer|faire parvenir|soumettre|proposer) ma candidature|\bma candidature\b|mon (?:cv|curriculum)|ma lettre de motivation|je souhaite postuler|je (?:suis|serais|reste) disponible pour (?:un|une) (?:entretien|rencontre)|j'accepte (?:avec plaisir |volontiers |avec joie )?(?:votre|la|cette) (?:offre|proposition)|(?:de|pour) m'avoir (?:reçue?|accordé)|les? (?:envío|remito|hago llegar) mi|mi (?:candidatura|cv|currículum|curriculum|carta de presentación|solicitud)|(?:quisiera|me gustaría|deseo) (?:postularme|presentar mi|optar al puesto)|acepto (?:encantad[oa] |con gusto |gustosamente )?(?:la oferta|la propuesta|el puesto|su oferta|su propuesta|vuestra oferta)|debo (?:rechazar|declinar)|(?:estoy|quedo) (?:disponible|a (?:su|vuestra) disposición) para (?:una|la) entrevista|(?:hierbij|graag) solliciteer ik|solliciteer ik (?:naar|op|voor)|ik solliciteer|mijn (?:sollicitatie|cv|motivatiebrief|kandidatuur|opzegtermijn)|ik (?:ben|blijf) beschikbaar voor een (?:sollicitatie)?gesprek|venho (?:por este meio )?candidatar-me|candidatar-me|(?:a )?minha candidatura|(?:o )?meu (?:cv|currículo|curriculum)|aceito (?:com (?:muito )?prazer |de bom grado )?(?:a|sua|vossa) (?:proposta|oferta)|estou disponível para (?:uma |a )?entrevista)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CandidateVoice();

    // An employer's or a recruiter's voice about the reader: inviting, offering, deciding, receiving, "your application".
    // Narrower than the short reply's words: a letter to an employer says "your practice", "Ihre Stellenanzeige", "vous
    // trouverez ci-joint", "uw vacature".
    [GeneratedRegex("""\b(?:we(?:'d| would) (?:like|love) to (?:invite|offer|meet|interview|see|have|welcome)|we(?:'re| are) (?:pleased|delighted|happy|glad|sorry|unable)|we regret|we (?:have|'ve) (?:decided|received|reviewed|chosen|filled)|we (?:can|cannot|can't) offer|(?:invite|offer|offering|inviting) you|(?:pleased|delighted|happy) to offer|your (?:application|interview|candidacy|cv|resume|profile|background|offer letter)|thank you for (?:applying|your application|your interest)|you(?:'ve| have) been (?:shortlisted|selected|successful|unsuccessful)|(?:my|our) client|our (?:hiring|recruitment|selection|search|team|practice|company|offer|office|board|process)|(?:another|other|preferred) candidates?|(?:the|all|our) (?:applicants|finalists)|wir (?:freuen uns|möchten|würden|laden|bieten|haben uns|bedauern|müssen ihnen)|leider (?:müssen|können|haben) wir|(?:ihre|deine) (?:bewerbung|kandidatur)|(?:sie|dich) (?:einladen|kennenlernen)|nous (?:avons le plaisir|avons le regret|avons bien reçu|souhaitons|aimerions|sommes (?:heureux|ravis|au regret)|vous (?:proposons|invitons|remercions))|(?:votre|ta) candidature|nos (?:complace|gustaría|alegra)|(?:queremos|lamentamos|hemos recibido)|(?:te|le) (?:invitamos|ofrecemos)|(?:tu|su) candidatura|(?:we|wij) (?:nodigen|willen|zouden|hebben (?:je|uw|gekozen|besloten))|helaas (?:moeten|kunnen) (?:we|wij)|(?:je|uw) sollicitatie|temos o prazer|gostaríamos de|convidamos|lamentamos|recebemos|(?:a sua|a tua|sua|tua) candidatura)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmployerVoice();

    // An employer's side of the same thread: "we", "our office", "you'll meet", "bring boots if you have them", "your
    // interview", "wir", "Sie", "nous", "vous pouvez", "nuestro", "ons", "je", "u", "nosso", "você". The candidate's
    // courtesies ("thank you for your email", "see you then", "looking forward to meeting you", "ich danke Ihnen", "anbei
    // finden Sie", "je vous remercie", "vous trouverez ci-joint", "dank je", "in de bijlage vindt u") are not an employer's words.
    [GeneratedRegex("""\b(?:we|we'll|we're|we've|we'd|our|us|you'll|you're|you've|(?<!\b(?:thank|see|to|let|meeting|meet|with|for) )you(?! (?:then|there|soon|on \w+day|at \d))|your(?! (?:e-?mail|message|invitation|invite|reply|note|call|time|help|patience|quick reply|kind (?:e-?mail|message|invitation|words)))|wir|uns|unser\w*|euch|euer\w*|du|dich|dein\w*|(?<!\b(?:danke|dank|mit|von|finden) )(?:sie|ihnen)|ihre (?:bewerbung|unterlagen|zeugnisse|einladung zum|stelle|arbeitsvertrag)|nous|notre|nos|(?<!\b(?:je|à|a|merci à|bien à) )vous(?! remercie| trouverez)|votre (?:candidature|entretien|profil|contrat|dossier)|nosotros|nuestr[oa]s?|usted(?:es)?|(?:su|tu) (?:candidatura|entrevista|perfil|contrato)|wij|ons|onze|jullie|jij|jou|jouw|(?<!\b(?:dank|vindt|ziet) )u|(?:je|uw|jouw) (?:sollicitatie|gesprek|cv|diploma\w*|contract|kandidatuur)|nós|noss[oa]s?|você|vocês|o senhor|a senhora|(?:a sua|a tua|sua|tua) (?:candidatura|entrevista|proposta|contratação))\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmployersWords();

    /// <summary>
    /// A sale of job-search skills: a course, a webinar, coaching or a CV service ("Souverän ins Vorstellungsgespräch",
    /// "ace your interview") with a discount or a deadline on the price ("-30 %", "only until Sunday", "Rabatt", "code").
    /// It talks about "your interview" and "the offer" and is nobody's job event. A real employer's invitation may mention
    /// a webinar or a parking fee, but never puts its interview on sale.
    /// </summary>
    public static bool SellsJobSearchSkills(string subject, string body) =>
        InSubjectOrBody(Sale(), subject, body) && InSubjectOrBody(SkillsProduct(), subject, body);

    /// <summary>
    /// A job board's reminder that an application was started and never sent ("A sua candidatura ainda não foi enviada",
    /// "Ihre Bewerbung ist noch nicht abgeschickt", "saved as a draft"): nothing reached an employer, so nothing happened.
    /// </summary>
    public static bool UnsentApplication(string subject, string body) => InSubjectOrBody(Unsent(), subject, body);

    [GeneratedRegex("""(?:-\s?\d{1,2}\s?%|\b\d{1,2}\s?%\s?(?:off|rabatt|de (?:réduction|remise|descuento|desconto)|korting|discount)|\b(?:discount|promo code|coupon|early[- ]bird|only until|ends (?:sunday|tonight|at midnight|friday)|last chance|rabatt(?:code)?|frühbucher|nur (?:noch )?bis|gutscheincode|code promo|réduction|jusqu'à (?:dimanche|ce soir|minuit)|dernière chance|descuento|código promocional|solo hasta|última oportunidad|kortingscode|korting|alleen (?:nog )?(?:tot|vandaag)|laatste kans|desconto|cupom|código promocional|só até|apenas até|última chance)\b)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sale();

    [GeneratedRegex("""\b(?:online[- ]?(?:course|kurs|cours|curso|cursus)|course|masterclass|webinar|coaching|bootcamp|e-?book|(?:cv|resume|résumé) (?:review|template|writing|check)|kurs|bewerbungstraining|bewerbungscoaching|lebenslauf-check|formation|cours|atelier|curso|taller|formación|cursus|training|sollicitatietraining|treinamento|mentoria|formação)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SkillsProduct();

    [GeneratedRegex("""\b(?:(?:haven't|have not|didn't|did not) (?:finish(?:ed)?|complete(?:d)?|submit(?:ted)?|sen[dt]) your application|your application (?:is|was|has) (?:still )?not (?:yet )?(?:been )?(?:submitted|sent|finished|complete)|(?:saved|kept) as (?:a )?draft|(?:ihre|deine) bewerbung (?:ist|wurde) (?:noch )?nicht (?:abgeschickt|abgeschlossen|versendet|gesendet|vollständig)|als entwurf gespeichert|(?:votre|ta) candidature (?:n'est|n'a) (?:pas|toujours pas) (?:encore )?(?:été )?(?:terminée|finalisée|envoyée|complète)|enregistrée (?:comme|en) brouillon|(?:tu|su) (?:solicitud|candidatura) (?:aún |todavía )?no se ha (?:enviado|completado|terminado)|no has (?:enviado|completado|terminado) tu (?:solicitud|candidatura)|guardad[oa] como borrador|(?:je|uw) sollicitatie is (?:nog )?niet (?:verstuurd|verzonden|afgerond|voltooid)|als concept opgeslagen|(?:a sua|sua|a tua|tua) candidatura (?:ainda )?não (?:foi )?(?:enviada|concluída|finalizada|submetida)|(?:guardada|salva) como rascunho)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unsent();

    /// <summary>A note that tells the reader about the reader's own application: "they would like to meet you", "your interview".</summary>
    public static bool NoteAddressesTheCandidate(string note) => CandidateNote().IsMatch(note);

    /// <summary>
    /// A decision, a slot, an intake or a meeting about something that is not a job (a nursery, a conference, a journal, a
    /// competition, a tender, a tryout, an audition, a study, a stall), with no word only a job carries once the place
    /// phrases ("vaga na creche", "plaza en la guardería") are set aside.
    /// </summary>
    public static bool AboutANonJobOpportunity(string subject, string body)
    {
        if (!NonJobOpportunity().IsMatch(subject) && !NonJobOpportunity().IsMatch(body) && !AChildsPlace(subject, body) &&
            !DecidesANonJobThing(subject, body) && !JudgesASubmissionOrProgramme(subject, body))
        {
            return false;
        }

        return !NamesAJob(NonJobPlace().Replace(subject, " ")) && !NamesAJob(NonJobPlace().Replace(body, " ")) &&
               !AppliedForAPost().IsMatch(subject) && !AppliedForAPost().IsMatch(body) && !HiresTheReader(subject, body) &&
               !TakesBackAHire(subject, body);
    }

    /// <summary>
    /// A recruiting mailbox or team wrote it ("jobs@", "careers@", "personal@", "ausbildung@", "rrhh@", "Summit Ridge Resort
    /// Jobs"): a ski patrol's tryout day, a public employer's *Ausschreibung* or a publisher's manuscript test is a job's.
    /// </summary>
    public static bool FromARecruitingMailbox(Sender sender) =>
        RecruitingMailbox().IsMatch(sender.LocalPart) || RecruitingMailbox().IsMatch(sender.DisplayName);

    [GeneratedRegex("""\b(?:jobs?|careers?|recruit\w*|hiring|talent|personal|personalabteilung|ausbildung|karriere|bewerbung\w*|emplois?|recrutement|rh|rrhh|empleo|seleccion|selección|vacatures?|werkenbij|sollicitaties?|vagas|recrutamento)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecruitingMailbox();

    // "Thank you for applying for the Clinical Research Nurse post": a job named by its title and "post", which the job
    // nouns leave out (a post is also a letter), beside a trial, a festival or a nursery.
    [GeneratedRegex("""\b(?:applying|applied|application|apply|interest) (?:for|to|in) (?:the|this|our|a|an) (?:[\w-]+ ){1,5}(?:post|role|position|job|vacancy|opening)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppliedForAPost();

    /// <summary>
    /// A nursery's, a school's or a childminder's place for a child and its intake talk, not a job there: a childcare word
    /// with a child's place, settling-in, the parents or the family, and no applicant's word ("Ihre Bewerbung als
    /// Erzieherin", "sollicitatie", "candidature", "hospitation").
    /// </summary>
    private static bool AChildsPlace(string subject, string body) =>
        (Childcare().IsMatch(subject) || Childcare().IsMatch(body)) && ChildsPlace().IsMatch(subject + "\n" + body) &&
        !ApplicantWord().IsMatch(subject + "\n" + body);

    [GeneratedRegex("""\b(?:nurser(?:y|ies)|day ?care|childcare|child care|pre-?school|kindergarten|creche|after-?school club|reception (?:class|place)|primary school|kita|krippe|kinderkrippe|krippengruppe|tagesmutter|kindertagesstätte|crèche|halte-garderie|assistante maternelle|maternelle|guardería|escuela infantil|colegio|kinderopvang|kinderdagverblijf|kdv|peuterspeelzaal|peutergroep|dreumesgroep|babygroep|gastouder|bso|basisschool|creche|berçário|escolinha|jardim de infância|pré-escola)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Childcare();

    [GeneratedRegex("""\b(?:(?:a |the |your |his |her )?place (?:in|at|for)|(?:offer(?:ed)?|allocated|give|confirm) (?:\w+ )?a place|settling-?in|waiting list|(?:your|the) (?:child|son|daughter|little one)|parents|famil(?:y|ies)|platz|eingewöhnung|aufnahmegespräch|(?:ihr|ihre|euer|eure) (?:kind|sohn|tochter)|eltern|familie|warteliste|place en crèche|une place|adaptation|entretien d'accueil|(?:votre|ton) (?:enfant|fils|fille)|parents|famille|plaza|adaptación|entrevista inicial|(?:su|tu) (?:hij[oa]|niñ[oa])|familias?|plek|plaatsing|plaatsingsaanbod|intakegesprek|wenmoment(?:en)?|wenochtend|(?:uw|jullie|je) (?:kind|zoon|dochter)|ouders|wachtlijst|vaga|adaptação|entrevista de acolhimento|(?:o seu|a sua|seu|sua) (?:filh[oa]|criança)|pais|família|lista de espera)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChildsPlace();

    [GeneratedRegex("""\b(?:bewerbung|beworben|bewerber\w*|hospitation\w*|sollicit\w*|candidat\w*|applicant|applied for the|your application for the|application for the \w+ (?:role|post|position)|cv|resume|lebenslauf|currículo|curriculum|solicitud de empleo)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApplicantWord();

    // First-person news or a share: "I got the job!", "my interview is on Friday", "look what came today", "guess what",
    // "they offered me", "wish me luck", "should I take it?", "Mum,", "schau mal", "ich hab die Stelle", "regarde ce que
    // j'ai reçu", "j'ai décroché", "mira lo que me llegó", "me han ofrecido", "kijk eens", "ik ben aangenomen", "olha só",
    // "consegui a vaga".
    [GeneratedRegex("""\b(?:look what (?:i got|came|arrived|just (?:came|arrived|landed))|guess what|(?:i|i've|i have) (?:got|landed|just got|finally got|gotten) (?:it|the (?:job|offer|role|position)|an? (?:interview|offer|job offer|second interview|rejection)|this|one)|i didn't get (?:it|the job|the role)|(?:not|didn't) get (?:it|the job)|my (?:first |second |final |big )?(?:interview|job offer|offer|contract|rejection|start date|new job)|(?:they|she|he) (?:want|wants|offered|invited|rejected|turned down|picked|chose) me|(?:wish|keep) me luck|wish me luck|fingers crossed|can you believe|what do you think|thoughts\?|should i (?:accept|take|go|say)|(?:mum|mom|mama|dad|papa|grandma|granny|nana|sis|bro|babe|honey|love),|proud of me|(?:schau|guck|schaut|guckt) mal|rate mal|stell dir vor|ich (?:hab|habe) (?:die stelle|den job|eine zusage|eine absage|ein vorstellungsgespräch|das angebot|es)|(?:mein|meine|meinen) (?:vorstellungsgespräch|jobangebot|angebot|vertrag|zusage|absage|erster arbeitstag)|sie (?:wollen|nehmen) mich|drück mir die daumen|daumen drücken|was (?:meinst|sagst) du|soll ich (?:annehmen|zusagen|hingehen|das nehmen)|(?:mama|papa|oma|opa|schatz),|regarde(?:z)? (?:ce que|ça)|devine(?:z)? (?:quoi)?|j'ai (?:eu|décroché|obtenu|reçu|enfin) (?:le poste|un entretien|une offre|une proposition|une réponse|le job|ma promesse)|(?:mon|ma) (?:entretien|offre|contrat|promesse d'embauche|proposition)|(?:ils|elles) me (?:proposent|veulent|prennent|ont pris)|croise(?:z)? les doigts|(?:qu'en penses-tu|tu en penses quoi|t'en penses quoi)|(?:maman|papa|mamie|papi|chéri|chérie),|mira (?:lo que|esto)|adivina(?: qué)?|me (?:han|ha) (?:ofrecido|llamado|seleccionado|rechazado|cogido)|me (?:ofrecieron|llamaron|seleccionaron|rechazaron|cogieron)|(?:mi) (?:entrevista|oferta|contrato|primera entrevista)|cruza los dedos|(?:qué te parece|qué opinas)|(?:mamá|papá|abuela|abuelo|cariño),|kijk (?:eens|wat)|raad eens|ik (?:heb|ben) (?:de baan|een gesprek|een aanbod|aangenomen|uitgenodigd|afgewezen|het)|(?:mijn) (?:sollicitatiegesprek|gesprek|aanbod|contract|afwijzing)|ze willen me|duim voor me|(?:wat vind je|wat denk jij)|zal ik (?:het )?(?:aannemen|doen|accepteren)|(?:mam|pap|oma|opa|schat),|olha (?:só|o que)|adivinha|(?:consegui|recebi|tive) (?:a vaga|o emprego|o trabalho|uma entrevista|uma proposta|a proposta)|(?:a )?minha (?:entrevista|proposta)|me (?:chamaram|ofereceram|recusaram|escolheram)|torce por mim|(?:o que achas|o que você acha)|(?:mãe|pai|vó|avó|vô|amor),)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SharedNews();

    // An agency's or a colleague's note to the candidate about the candidate's own application.
    [GeneratedRegex("""\b(?:(?:would|'d) (?:like|love) to (?:meet|invite|interview|offer|speak with|see) you|(?:want|wants) to (?:meet|interview|see|hire) you|(?:invite|invited|inviting) you|(?:offer|offered) you|you(?:'ve| have) been (?:invited|shortlisted|selected)|(?:your|the) (?:interview|application|candidacy|offer) (?:for|with|at)|the client|our client|(?:möchte|möchten|will|wollen) (?:sie|dich) (?:kennenlernen|einladen|treffen|sprechen)|(?:ihre|deine) (?:bewerbung|einladung)|(?:der|unser) kunde|(?:souhaite|souhaitent|aimerait|voudrait) (?:vous|te) (?:rencontrer|recevoir|voir)|(?:votre|ta) candidature|notre client|(?:quiere|quieren|le gustaría) (?:conocerte|conocerle|entrevistarte|verte)|(?:tu|su) candidatura|nuestro cliente|(?:wil|willen) (?:je|u) (?:graag )?(?:spreken|ontmoeten|uitnodigen|zien)|(?:je|uw) sollicitatie|onze klant|(?:quer|querem|gostaria de) (?:te |o |a )?(?:conhecer|entrevistar|ver)|(?:a sua|a tua|sua|tua) candidatura|nosso cliente)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CandidateNote();

    // Opportunities that are not jobs: a nursery or school place and its intake talk, a conference paper or talk, a
    // journal manuscript, a competition or award, a tender or a bid, a club tryout, an audition for an amateur production,
    // a clinical study's screening, a customer-research interview with a voucher, a market stall or a festival slot; and
    // receipts and decisions that read like an employer's: a shop's order, a flat to rent, a mentoring programme, an
    // accelerator, a charity place or a ballot, a student loan, a permit, an adoption, a beta, a membership.
    [GeneratedRegex("""\b(?:(?:conference|workshop|symposium|congress) (?:paper|submission|abstract|talk|programme|program|proceedings)|call for (?:papers|proposals|speakers|abstracts)|program(?:me)? committee|camera-ready|(?:your|the) (?:paper|abstract|submission|manuscript|talk proposal|proposal|poster) (?:has been |was |is |had been )?(?:accepted|rejected|declined|not accepted|shortlisted|selected|not selected)|manuscript|peer review|reviewers'? (?:comments|reports)|revise and resubmit|editorial decision|(?:competition|contest|award|prize) (?:entry|entries|shortlist|results?|winners?|jury|ceremony)|shortlisted for the (?:award|prize)|(?:tender|bid) (?:submission|outcome|result|evaluation)|your (?:tender|bid|quotation)|request for (?:proposals?|quotations?|tender)|tryouts?|(?:trial|trials) (?:for|with) (?:the|our) (?:squad|team|club|academy|first team|u\d+)|audition|callback for|casting (?:call|for)|(?:clinical|research) (?:trial|study)|study (?:participants?|visit|screening)|screening (?:visit|call|appointment) for (?:the|our) study|(?:user|customer|ux|market) research|research (?:participants?|session)|gift (?:card|voucher)|(?:stall|pitch|slot|spot|stand) (?:at|for) (?:the |our |this year's )?(?:market|fair|craft fair|christmas market|festival|line-?up|open mic)|open mic|(?:ihr|dein) (?:beitrag|abstract|vortrag|manuskript|artikel) (?:wurde |ist )?(?:angenommen|abgelehnt|akzeptiert)|tagungsband|jahrestagung|programmkomitee|gutachten|call for papers|gutachter(?:innen)?|wettbewerbsbeitrag|(?:wettbewerb|preis)(?:verleihung|jury)|ausschreibung|angebotsabgabe|vergabeverfahren|probetraining|sichtungstraining|vorsingen|vorspielen|klinische(?:n)? studie|studienteilnehm\w*|probanden|nutzerstudie|marktforschung|gutschein|marktstand|standplatz|(?:votre|ta) (?:communication|soumission|proposition de communication|article) (?:a été |est )?(?:acceptée?|retenue?|refusée?|rejetée?)|appel à (?:communications|contributions|projets)|comité de (?:programme|lecture)|colloque|manuscrit|relecteurs|concours (?:photo|de nouvelles|d'écriture|culinaire|d'art|de dessin|de chant)|appel d'offres|marché public|détection|essai (?:avec|au|pour) (?:l'équipe|le club)|audition pour|essai clinique|étude clinique|étude utilisateurs?|entretien utilisateur|bon d'achat|(?:emplacement|stand) (?:au|sur le) marché|(?:su|tu) (?:ponencia|comunicación|artículo|propuesta) (?:ha sido |fue )?(?:aceptada?|rechazada?|seleccionada?)|ponencia|congreso|comité científico|manuscrito|revisores|concurso (?:de fotografía|literario|de relatos|de cuentos|de pintura)|licitación|pliego de condiciones|pruebas? (?:para|con) el (?:equipo|club)|audición|ensayo clínico|estudio clínico|participantes del estudio|estudio de usuarios|entrevista con usuarios|tarjeta regalo|(?:puesto|caseta) en (?:el mercadillo|la feria|el mercado)|(?:je|uw) (?:bijdrage|abstract|paper|artikel) (?:is )?(?:niet )?(?:geselecteerd|geaccepteerd|afgewezen|aangenomen)|congres\w*|programmacommissie|symposium|fotowedstrijd|wedstrijd|prijsvraag|aanbesteding|proeftraining|auditie|klinische (?:studie|trial)|(?:medisch|wetenschappelijk) onderzoek|deelnemers aan (?:het|ons) onderzoek|gebruikersonderzoek|cadeaubon|(?:kraam|kraampje|standplaats) op de markt|(?:seu|teu|o) (?:resumo|artigo|trabalho) (?:foi )?(?:aceito|aceite|aprovado|rejeitado|recusado)|congresso|simpósio|concurso (?:de fotografia|literário|cultural|de contos)|licitação|peneira|(?:teste|testes) (?:no|para o|na|para a) (?:clube|time|equipa)|audição|ensaio clínico|estudo clínico|participantes do estudo|pesquisa com (?:usuários|clientes)|vale-presente|cartão-presente|(?:banca|barraca|espaço) na feira|(?:fulfil|fulfill|dispatch|process|ship|cancel) your order|your order (?:#|no\.|number|ref)|(?:application|apply|applying) to rent|rental application|referencing checks?|mentee|mentoring (?:programme|program|scheme)|(?:accelerator|incubator) (?:programme|program|cohort)|charity places?|(?:ballot|lottery) (?:result|entry|place)|(?:successful|unsuccessful) in the (?:ballot|lottery|draw)|maintenance loan|student finance|(?:parking|residents'?) permit|housing register|(?:apply|applying|application) to adopt|adoption application|beta (?:programme|program|testers?)|membership (?:application|request)|enrol(?:l)?ing on|passport application|mentoringprogramm|losverfahren|startplatz|bafög|anwohnerparkausweis|mitgliedsantrag|tirage au sort|programme de mentorat|sorteo|programa de mentoría|loting|mentorprogramma|sorteio|programa de mentoria)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonJobOpportunity();

    // "Vaga na creche", "plaza en la guardería", "une place en crèche", "Platz in der Kita", "plek op de bso", "a place at
    // the nursery", "puesto en el mercadillo": the place words a job shares, in a phrase about something else.
    [GeneratedRegex("""\b(?:vagas?|plazas?|places?|platz|plek(?:ken)?|plaats(?:en)?|lugar(?:es)?|puestos?|emplacement|spot|spots)\s+(?:na|no|numa|num|em|en|de|à|au|a|in|at|on|op|bij|im|in der|für|para|pour|voor|for)\s+(?:la |el |le |l'|de |het |the |der |die |den |o |a |um |uma |une |un |our |nossa |nuestra |onze |unsere[nr]? )?(?:creche|crèche|berçário|escola|escolinha|turma|guardería|escuela|colegio|école|nursery|daycare|school|kita|krippe|kindergarten|kinderopvang|bso|mercadillo|mercado|feira|feria|marché|market|markt|festival|coro|choir|chorale|koor|course|curso|cours|kurs|cursus)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonJobPlace();
}
