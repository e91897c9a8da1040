namespace ApplyTrack.Features.FollowUps;

/// <summary>
/// The phrase blocks drafts are composed of, per scenario × language × register. Placeholders: {company}, {role}, {round},
/// {date}, {replyBy}; a part in [brackets] is left out when a placeholder inside it has no value (a role the emails never
/// named is left out too: "the position at Litware").
/// Written by hand for each language (not translated word for word): a formal German draft says "Sie", a casual one "du".
/// </summary>
internal static class DraftPhrases
{
    public sealed record Block(string[] Openings, string Ask, string Extra);

    /// <summary>How one language greets and signs off, per register.</summary>
    public sealed record Manners(
        string Culture,
        string FormalGreeting, string FormalGreetingNoName, string CasualGreeting, string CasualGreetingNoName,
        string[] FormalClosings, string[] CasualClosings, string FormalSignOff, string CasualSignOff,
        string[] MirroredGreetings, string Interview, bool LowercaseAfterGreeting = false,
        string GreetingEnd = ",");

    public static readonly IReadOnlyList<string> Languages = ["en", "de", "fr", "nl", "es", "pt"];

    public static readonly Dictionary<string, Manners> Of = new()
    {
        ["en"] = new("en-GB", "Dear {full}", "Dear {company} team", "Hi {first}", "Hi {company} team",
            ["Thank you for your time.", "I look forward to hearing from you."], ["Thanks again!", "Talk soon!"], "Kind regards", "Best",
            ["Dear", "Hello", "Hi", "Good morning"], "interview"),
        ["de"] = new("de-DE", "Guten Tag {full}", "Sehr geehrte Damen und Herren", "Hallo {first}", "Hallo {company}-Team",
            ["Vielen Dank für Ihre Zeit.", "Ich freue mich auf Ihre Rückmeldung."], ["Danke dir!", "Bis bald!"], "Mit freundlichen Grüßen", "Viele Grüße",
            ["Hallo", "Guten Tag", "Hi"], "Gespräch", LowercaseAfterGreeting: true),
        ["fr"] = new("fr-FR", "Bonjour {full}", "Madame, Monsieur", "Bonjour {first}", "Bonjour à l'équipe {company}",
            ["Je vous remercie pour votre temps.", "Je vous remercie par avance de votre retour."], ["Merci encore !", "À très vite !"], "Cordialement", "À bientôt",
            ["Bonjour", "Salut"], "entretien"),
        ["nl"] = new("nl-NL", "Geachte {full}", "Geachte heer, mevrouw", "Hoi {first}", "Hallo team van {company}",
            ["Dank u wel voor uw tijd.", "Ik kijk uit naar uw reactie."], ["Bedankt!", "Tot snel!"], "Met vriendelijke groet", "Groetjes",
            ["Beste", "Hoi", "Hallo", "Geachte"], "gesprek"),
        ["es"] = new("es-ES", "Buenos días, {full}", "Estimado equipo de {company}", "Hola, {first}", "Hola, equipo de {company}",
            ["Muchas gracias por su tiempo.", "Quedo a la espera de su respuesta."], ["¡Gracias!", "¡Hablamos pronto!"], "Atentamente", "Un saludo",
            ["Hola", "Buenos días", "Buenas tardes"], "entrevista", GreetingEnd: ":"),
        ["pt"] = new("pt-PT", "Bom dia, {full}", "Prezados", "Olá, {first}", "Olá, equipa da {company}",
            ["Agradeço a atenção.", "Fico a aguardar o seu retorno."], ["Valeu!", "Até breve!"], "Atenciosamente", "Abraços",
            ["Olá", "Oi", "Bom dia", "Boa tarde"], "entrevista"),
    };

    public static readonly Dictionary<(string Language, FollowUpKind Kind), string> Subjects = new()
    {
        [("en", FollowUpKind.ThankYou)] = "Thank you[ – {role}]",
        [("en", FollowUpKind.CheckInAfterApplying)] = "Following up on my application[ – {role}]",
        [("en", FollowUpKind.CheckInAfterInterview)] = "Following up on my interview[ – {role}]",
        [("en", FollowUpKind.OfferReply)] = "Your offer[ – {role}]",
        [("de", FollowUpKind.ThankYou)] = "Vielen Dank[ – {role}]",
        [("de", FollowUpKind.CheckInAfterApplying)] = "Meine Bewerbung[ – {role}]",
        [("de", FollowUpKind.CheckInAfterInterview)] = "Nachfrage nach unserem Gespräch[ – {role}]",
        [("de", FollowUpKind.OfferReply)] = "Ihr Angebot[ – {role}]",
        [("fr", FollowUpKind.ThankYou)] = "Merci[ – {role}]",
        [("fr", FollowUpKind.CheckInAfterApplying)] = "Suivi de ma candidature[ – {role}]",
        [("fr", FollowUpKind.CheckInAfterInterview)] = "Suite à notre entretien[ – {role}]",
        [("fr", FollowUpKind.OfferReply)] = "Votre offre[ – {role}]",
        [("nl", FollowUpKind.ThankYou)] = "Bedankt[ – {role}]",
        [("nl", FollowUpKind.CheckInAfterApplying)] = "Mijn sollicitatie[ – {role}]",
        [("nl", FollowUpKind.CheckInAfterInterview)] = "Naar aanleiding van ons gesprek[ – {role}]",
        [("nl", FollowUpKind.OfferReply)] = "Uw aanbod[ – {role}]",
        [("es", FollowUpKind.ThankYou)] = "Gracias[ – {role}]",
        [("es", FollowUpKind.CheckInAfterApplying)] = "Seguimiento de mi candidatura[ – {role}]",
        [("es", FollowUpKind.CheckInAfterInterview)] = "Seguimiento de la entrevista[ – {role}]",
        [("es", FollowUpKind.OfferReply)] = "Su oferta[ – {role}]",
        [("pt", FollowUpKind.ThankYou)] = "Agradecimento[ – {role}]",
        [("pt", FollowUpKind.CheckInAfterApplying)] = "Acompanhamento da minha candidatura[ – {role}]",
        [("pt", FollowUpKind.CheckInAfterInterview)] = "Acompanhamento da entrevista[ – {role}]",
        [("pt", FollowUpKind.OfferReply)] = "Proposta[ – {role}]",
    };

    public static readonly Dictionary<(string Language, FollowUpKind Kind, Register Register), Block> Blocks = new()
    {
        // English
        [("en", FollowUpKind.ThankYou, Register.Formal)] = new(
            ["Thank you for taking the time to speak with me[ on {date}] about the[ {role}] position at {company}.", "Thank you very much for the {round}[ on {date}] for the[ {role}] position at {company}."],
            "I appreciated learning more about the team, and our conversation confirmed my strong interest in the role.",
            "Should you need any further information from me, I would be glad to provide it."),
        [("en", FollowUpKind.ThankYou, Register.Casual)] = new(
            ["Thanks so much for taking the time to chat[ on {date}] about the[ {role}] role at {company}!", "Thanks for the {round}[ on {date}] – I really enjoyed learning more about the[ {role}] role at {company}."],
            "It made me even more excited about the role.",
            "If there's anything else you need from me, just let me know."),
        [("en", FollowUpKind.CheckInAfterApplying, Register.Formal)] = new(
            ["I applied for the[ {role}] position at {company}[ on {date}] and would like to follow up on my application.", "I am writing to follow up on my application for the[ {role}] position at {company}[, submitted on {date}]."],
            "Could you let me know whether there is any update on the next steps?",
            "I remain very interested in the role and would be happy to provide any further information."),
        [("en", FollowUpKind.CheckInAfterApplying, Register.Casual)] = new(
            ["I applied for the[ {role}] role at {company}[ on {date}] and wanted to check in.", "Just checking in on my application for the[ {role}] role at {company}[ from {date}]."],
            "Is there any news on next steps?",
            "I'm still really keen on the role, so I'm happy to send anything else you need."),
        [("en", FollowUpKind.CheckInAfterInterview, Register.Formal)] = new(
            ["Thank you again for the {round}[ on {date}] for the[ {role}] position at {company}.", "I am following up on the {round}[ on {date}] for the[ {role}] position at {company}."],
            "I would be grateful if you could let me know how the process is progressing and what the next steps are.",
            "I remain very enthusiastic about the opportunity to join {company}."),
        [("en", FollowUpKind.CheckInAfterInterview, Register.Casual)] = new(
            ["Thanks again for the {round}[ on {date}] for the[ {role}] role at {company}.", "Just following up after the {round}[ on {date}] for the[ {role}] role at {company}."],
            "Any news on how things are moving and what comes next?",
            "I'm still very excited about joining {company}."),
        [("en", FollowUpKind.OfferReply, Register.Formal)] = new(
            ["Thank you very much for the offer for the[ {role}] position at {company}.", "Thank you for extending the offer for the[ {role}] position at {company}; I was delighted to receive it."],
            "I am reviewing the details carefully and will give you my answer[ by {replyBy}].",
            "If possible, I would appreciate a short call to go through a few questions beforehand."),
        [("en", FollowUpKind.OfferReply, Register.Casual)] = new(
            ["Thanks so much for the offer for the[ {role}] role at {company} – I'm really happy to get it!", "Thank you for the offer for the[ {role}] role at {company}, great news!"],
            "I'm going through the details now and will get back to you[ by {replyBy}].",
            "Would you have time for a quick call to go over a couple of questions first?"),

        // German
        [("de", FollowUpKind.ThankYou, Register.Formal)] = new(
            ["Vielen Dank, dass Sie sich[ am {date}] die Zeit für das Gespräch über die Position[ {role}] bei {company} genommen haben.", "Herzlichen Dank für das Gespräch[ am {date}] zur Position[ {role}] bei {company}."],
            "Das Gespräch hat mein Interesse an der Position noch verstärkt.",
            "Wenn Sie weitere Informationen von mir benötigen, stelle ich sie Ihnen gern zur Verfügung."),
        [("de", FollowUpKind.ThankYou, Register.Casual)] = new(
            ["Danke, dass du dir[ am {date}] Zeit für das Gespräch über die Stelle[ {role}] bei {company} genommen hast!", "Danke für das nette Gespräch[ am {date}] zur Stelle[ {role}] bei {company}!"],
            "Es hat mir richtig Lust auf die Stelle gemacht.",
            "Wenn du noch etwas von mir brauchst, sag einfach Bescheid."),
        [("de", FollowUpKind.CheckInAfterApplying, Register.Formal)] = new(
            ["Ich habe mich[ am {date}] auf die Position[ {role}] bei {company} beworben und möchte mich nach dem Stand meiner Bewerbung erkundigen.", "Ich möchte mich nach meiner Bewerbung für die Position[ {role}] bei {company}[ vom {date}] erkundigen."],
            "Könnten Sie mir mitteilen, wie der aktuelle Stand ist und welche nächsten Schritte geplant sind?",
            "Ich bin weiterhin sehr an der Position interessiert und sende Ihnen gern weitere Unterlagen."),
        [("de", FollowUpKind.CheckInAfterApplying, Register.Casual)] = new(
            ["Ich habe mich[ am {date}] auf die Stelle[ {role}] bei {company} beworben und wollte kurz nachhören.", "Ich wollte kurz nach meiner Bewerbung für die Stelle[ {role}] bei {company} fragen."],
            "Gibt es schon etwas Neues zu den nächsten Schritten?",
            "Ich bin nach wie vor sehr interessiert und schicke dir gern alles, was du noch brauchst."),
        [("de", FollowUpKind.CheckInAfterInterview, Register.Formal)] = new(
            ["Nochmals vielen Dank für das Gespräch[ am {date}] zur Position[ {role}] bei {company}.", "Ich melde mich im Anschluss an unser Gespräch[ am {date}] zur Position[ {role}] bei {company}."],
            "Ich würde mich freuen, wenn Sie mir sagen könnten, wie der Stand ist und wie es weitergeht.",
            "Die Aussicht, bei {company} mitzuwirken, begeistert mich weiterhin sehr."),
        [("de", FollowUpKind.CheckInAfterInterview, Register.Casual)] = new(
            ["Danke nochmal für das Gespräch[ am {date}] zur Stelle[ {role}] bei {company}.", "Ich wollte mich nach unserem Gespräch[ am {date}] zur Stelle[ {role}] bei {company} kurz melden."],
            "Weißt du schon, wie es weitergeht?",
            "Ich hätte große Lust, bei {company} anzufangen."),
        [("de", FollowUpKind.OfferReply, Register.Formal)] = new(
            ["Vielen Dank für Ihr Angebot für die Position[ {role}] bei {company}.", "Herzlichen Dank für Ihr Angebot für die Position[ {role}] bei {company}, über das ich mich sehr gefreut habe."],
            "Ich prüfe die Details sorgfältig und gebe Ihnen[ bis zum {replyBy}] Bescheid.",
            "Wenn möglich, würde ich vorher gern einige Fragen in einem kurzen Telefonat mit Ihnen klären."),
        [("de", FollowUpKind.OfferReply, Register.Casual)] = new(
            ["Vielen Dank für das Angebot für die Stelle[ {role}] bei {company}, ich freue mich riesig!", "Danke für das Angebot für die Stelle[ {role}] bei {company}!"],
            "Ich schaue mir gerade alles in Ruhe an und melde mich[ bis zum {replyBy}] bei dir.",
            "Hättest du vorher Zeit für ein kurzes Telefonat? Ich hätte noch ein paar Fragen."),

        // French
        [("fr", FollowUpKind.ThankYou, Register.Formal)] = new(
            ["Je vous remercie d'avoir pris le temps d'échanger avec moi[ le {date}] au sujet du poste[ de {role}] chez {company}.", "Merci beaucoup pour l'entretien[ du {date}] concernant le poste[ de {role}] chez {company}."],
            "Cet échange a confirmé mon vif intérêt pour le poste.",
            "Je reste à votre disposition pour tout complément d'information."),
        [("fr", FollowUpKind.ThankYou, Register.Casual)] = new(
            ["Merci d'avoir pris le temps d'échanger avec moi[ le {date}] sur le poste[ de {role}] chez {company} !", "Merci pour l'entretien[ du {date}] pour le poste[ de {role}] chez {company}, j'ai vraiment apprécié !"],
            "Ça m'a donné encore plus envie de rejoindre l'équipe.",
            "Si tu as besoin d'autre chose de ma part, n'hésite pas à me le dire."),
        [("fr", FollowUpKind.CheckInAfterApplying, Register.Formal)] = new(
            ["J'ai postulé[ le {date}] au poste[ de {role}] chez {company} et je me permets de revenir vers vous au sujet de ma candidature.", "Je me permets de vous relancer au sujet de ma candidature au poste[ de {role}] chez {company}[, envoyée le {date}]."],
            "Pourriez-vous m'indiquer où en est le processus et quelles sont les prochaines étapes ?",
            "Le poste m'intéresse toujours vivement et je peux vous transmettre tout document utile."),
        [("fr", FollowUpKind.CheckInAfterApplying, Register.Casual)] = new(
            ["J'ai postulé[ le {date}] au poste[ de {role}] chez {company} et je voulais prendre des nouvelles.", "Je voulais faire un petit point sur ma candidature au poste[ de {role}] chez {company}."],
            "Est-ce que tu as du nouveau sur la suite ?",
            "Le poste me plaît toujours beaucoup, je peux t'envoyer tout ce qu'il te faut."),
        [("fr", FollowUpKind.CheckInAfterInterview, Register.Formal)] = new(
            ["Je vous remercie encore pour l'entretien[ du {date}] pour le poste[ de {role}] chez {company}.", "Je reviens vers vous suite à notre entretien[ du {date}] pour le poste[ de {role}] chez {company}."],
            "Pourriez-vous me dire où en est le processus et quelle sera la suite ?",
            "La perspective de rejoindre {company} me motive toujours beaucoup."),
        [("fr", FollowUpKind.CheckInAfterInterview, Register.Casual)] = new(
            ["Merci encore pour l'entretien[ du {date}] pour le poste[ de {role}] chez {company}.", "Je reviens vers toi après notre entretien[ du {date}] pour le poste[ de {role}] chez {company}."],
            "Tu as des nouvelles sur la suite ?",
            "J'ai vraiment hâte de rejoindre {company}."),
        [("fr", FollowUpKind.OfferReply, Register.Formal)] = new(
            ["Je vous remercie sincèrement pour votre offre pour le poste[ de {role}] chez {company}.", "Merci beaucoup pour votre proposition pour le poste[ de {role}] chez {company}, que j'ai reçue avec grand plaisir."],
            "J'étudie attentivement les détails et je vous donnerai ma réponse[ d'ici le {replyBy}].",
            "Si possible, j'aimerais échanger brièvement avec vous par téléphone au sujet de quelques questions."),
        [("fr", FollowUpKind.OfferReply, Register.Casual)] = new(
            ["Merci beaucoup pour l'offre pour le poste[ de {role}] chez {company}, quelle bonne nouvelle !", "Un grand merci pour l'offre pour le poste[ de {role}] chez {company} !"],
            "Je regarde tous les détails et je te réponds[ d'ici le {replyBy}].",
            "Est-ce qu'on pourrait s'appeler rapidement avant ? J'ai quelques questions."),

        // Dutch
        [("nl", FollowUpKind.ThankYou, Register.Formal)] = new(
            ["Hartelijk dank dat u[ op {date}] de tijd nam voor het gesprek over de functie[ {role}] bij {company}.", "Dank u wel voor het gesprek[ van {date}] over de functie[ {role}] bij {company}."],
            "Het gesprek heeft mijn interesse in de functie verder versterkt.",
            "Mocht u nog aanvullende informatie nodig hebben, dan hoor ik dat graag."),
        [("nl", FollowUpKind.ThankYou, Register.Casual)] = new(
            ["Bedankt dat je[ op {date}] de tijd nam voor het gesprek over de functie[ {role}] bij {company}!", "Dank je wel voor het leuke gesprek[ van {date}] over de functie[ {role}] bij {company}!"],
            "Ik heb er nu nog meer zin in gekregen.",
            "Als je nog iets van me nodig hebt, laat het gerust weten."),
        [("nl", FollowUpKind.CheckInAfterApplying, Register.Formal)] = new(
            ["Ik heb[ op {date}] gesolliciteerd naar de functie[ {role}] bij {company} en wil graag informeren naar de stand van zaken.", "Graag informeer ik naar mijn sollicitatie voor de functie[ {role}] bij {company}[ van {date}]."],
            "Kunt u mij laten weten hoe het proces verloopt en wat de volgende stappen zijn?",
            "Ik ben nog steeds zeer geïnteresseerd in de functie en stuur u graag aanvullende informatie."),
        [("nl", FollowUpKind.CheckInAfterApplying, Register.Casual)] = new(
            ["Ik heb[ op {date}] gesolliciteerd naar de functie[ {role}] bij {company} en wilde even horen hoe het ervoor staat.", "Ik wilde even checken hoe het met mijn sollicitatie voor de functie[ {role}] bij {company} staat."],
            "Is er al nieuws over de volgende stappen?",
            "Ik heb nog steeds veel zin in de functie, dus als je nog iets nodig hebt, stuur ik het je graag."),
        [("nl", FollowUpKind.CheckInAfterInterview, Register.Formal)] = new(
            ["Nogmaals hartelijk dank voor het gesprek[ van {date}] over de functie[ {role}] bij {company}.", "Naar aanleiding van ons gesprek[ van {date}] over de functie[ {role}] bij {company} neem ik graag contact met u op."],
            "Zou u mij kunnen laten weten hoe het proces verloopt en wat de volgende stap is?",
            "Ik zou nog steeds heel graag bij {company} aan de slag gaan."),
        [("nl", FollowUpKind.CheckInAfterInterview, Register.Casual)] = new(
            ["Nogmaals bedankt voor het gesprek[ van {date}] over de functie[ {role}] bij {company}.", "Ik wilde even van me laten horen na ons gesprek[ van {date}] over de functie[ {role}] bij {company}."],
            "Weet je al hoe het verder gaat?",
            "Ik zou echt graag bij {company} beginnen."),
        [("nl", FollowUpKind.OfferReply, Register.Formal)] = new(
            ["Hartelijk dank voor uw aanbod voor de functie[ {role}] bij {company}.", "Dank u wel voor het aanbod voor de functie[ {role}] bij {company}; ik was er erg blij mee."],
            "Ik bekijk de details zorgvuldig en laat u[ uiterlijk {replyBy}] mijn antwoord weten.",
            "Indien mogelijk zou ik vooraf graag enkele vragen telefonisch met u doornemen."),
        [("nl", FollowUpKind.OfferReply, Register.Casual)] = new(
            ["Heel erg bedankt voor het aanbod voor de functie[ {role}] bij {company}, wat goed nieuws!", "Dank je wel voor het aanbod voor de functie[ {role}] bij {company}!"],
            "Ik kijk alles rustig door en laat het je[ uiterlijk {replyBy}] weten.",
            "Heb je vooraf tijd om even te bellen? Ik heb nog een paar vragen."),

        // Spanish
        [("es", FollowUpKind.ThankYou, Register.Formal)] = new(
            ["Le agradezco que dedicara tiempo a la entrevista[ del {date}] sobre el puesto[ de {role}] en {company}.", "Muchas gracias por la entrevista[ del {date}] para el puesto[ de {role}] en {company}."],
            "La conversación confirmó mi gran interés en el puesto.",
            "Si necesita cualquier información adicional, quedo a su disposición."),
        [("es", FollowUpKind.ThankYou, Register.Casual)] = new(
            ["¡Gracias por sacar tiempo para la entrevista[ del {date}] sobre el puesto[ de {role}] en {company}!", "¡Muchas gracias por la charla[ del {date}] sobre el puesto[ de {role}] en {company}!"],
            "Me quedé con aún más ganas de unirme al equipo.",
            "Si necesitas algo más de mi parte, dímelo sin problema."),
        [("es", FollowUpKind.CheckInAfterApplying, Register.Formal)] = new(
            ["Presenté mi candidatura[ el {date}] para el puesto[ de {role}] en {company} y quisiera saber cómo avanza el proceso.", "Me pongo en contacto con usted para hacer un seguimiento de mi candidatura al puesto[ de {role}] en {company}[, enviada el {date}]."],
            "¿Podría indicarme en qué punto se encuentra el proceso y cuáles son los próximos pasos?",
            "El puesto me sigue interesando mucho y puedo enviarle cualquier información adicional."),
        [("es", FollowUpKind.CheckInAfterApplying, Register.Casual)] = new(
            ["Te escribo porque me postulé[ el {date}] al puesto[ de {role}] en {company} y quería saber cómo va todo.", "Quería preguntarte cómo va mi candidatura al puesto[ de {role}] en {company}."],
            "¿Hay alguna novedad sobre los próximos pasos?",
            "Sigo con muchas ganas del puesto, así que si necesitas algo más, te lo envío con gusto."),
        [("es", FollowUpKind.CheckInAfterInterview, Register.Formal)] = new(
            ["Le agradezco de nuevo la entrevista[ del {date}] para el puesto[ de {role}] en {company}.", "Me pongo en contacto con usted tras nuestra entrevista[ del {date}] para el puesto[ de {role}] en {company}."],
            "¿Podría indicarme cómo avanza el proceso y cuál será el siguiente paso?",
            "La posibilidad de incorporarme a {company} me sigue motivando mucho."),
        [("es", FollowUpKind.CheckInAfterInterview, Register.Casual)] = new(
            ["Gracias de nuevo por la entrevista[ del {date}] para el puesto[ de {role}] en {company}.", "Te escribo después de nuestra entrevista[ del {date}] para el puesto[ de {role}] en {company}."],
            "¿Sabes ya cómo sigue el proceso?",
            "Tengo muchas ganas de unirme a {company}."),
        [("es", FollowUpKind.OfferReply, Register.Formal)] = new(
            ["Le agradezco sinceramente la oferta para el puesto[ de {role}] en {company}.", "Muchas gracias por su oferta para el puesto[ de {role}] en {company}; me alegró mucho recibirla."],
            "Estoy revisando los detalles con atención y le daré mi respuesta[ antes del {replyBy}].",
            "Si fuera posible, me gustaría comentar antes algunas preguntas con usted por teléfono."),
        [("es", FollowUpKind.OfferReply, Register.Casual)] = new(
            ["¡Muchas gracias por la oferta para el puesto[ de {role}] en {company}, qué buena noticia!", "¡Gracias por la oferta para el puesto[ de {role}] en {company}!"],
            "Estoy mirando todos los detalles con calma y te respondo[ antes del {replyBy}].",
            "¿Tendrías un rato para una llamada rápida antes? Tengo un par de preguntas."),

        // Portuguese
        [("pt", FollowUpKind.ThankYou, Register.Formal)] = new(
            ["Agradeço a disponibilidade para a entrevista[ de {date}] sobre a vaga[ de {role}] na {company}.", "Agradeço muito a conversa[ de {date}] sobre a vaga[ de {role}] na {company}."],
            "A conversa confirmou o meu grande interesse pela vaga.",
            "Caso precise de qualquer informação adicional, fico à disposição."),
        [("pt", FollowUpKind.ThankYou, Register.Casual)] = new(
            ["Valeu demais pela conversa[ de {date}] sobre a vaga[ de {role}] na {company}!", "Agradeço por você ter tirado um tempo para a entrevista[ de {date}] sobre a vaga[ de {role}] na {company}!"],
            "Fiquei com ainda mais vontade de fazer parte do time.",
            "Se precisar de mais alguma coisa, é só falar."),
        [("pt", FollowUpKind.CheckInAfterApplying, Register.Formal)] = new(
            ["Candidatei-me[ em {date}] à vaga[ de {role}] na {company} e gostaria de saber como está o processo.", "Escrevo para acompanhar a minha candidatura à vaga[ de {role}] na {company}[, enviada em {date}]."],
            "Poderia informar-me em que fase está o processo e quais são os próximos passos?",
            "Continuo com grande interesse na vaga e posso enviar qualquer informação adicional."),
        [("pt", FollowUpKind.CheckInAfterApplying, Register.Casual)] = new(
            ["Me candidatei[ em {date}] à vaga[ de {role}] na {company} e queria saber como estão as coisas.", "Passando para saber como anda minha candidatura à vaga[ de {role}] na {company}."],
            "Tem alguma novidade sobre os próximos passos?",
            "Continuo com muita vontade de entrar no time e posso mandar o que você precisar."),
        [("pt", FollowUpKind.CheckInAfterInterview, Register.Formal)] = new(
            ["Agradeço novamente a entrevista[ de {date}] para a vaga[ de {role}] na {company}.", "Escrevo na sequência da nossa entrevista[ de {date}] para a vaga[ de {role}] na {company}."],
            "Poderia informar-me como está o processo e qual será o próximo passo?",
            "A possibilidade de integrar a equipa da {company} continua a motivar-me muito."),
        [("pt", FollowUpKind.CheckInAfterInterview, Register.Casual)] = new(
            ["Valeu de novo pela entrevista[ de {date}] para a vaga[ de {role}] na {company}.", "Passando para dar um retorno depois da nossa conversa[ de {date}] sobre a vaga[ de {role}] na {company}."],
            "Você já sabe como vai ser o próximo passo?",
            "Estou com muita vontade de entrar na {company}."),
        [("pt", FollowUpKind.OfferReply, Register.Formal)] = new(
            ["Agradeço sinceramente a proposta para a vaga[ de {role}] na {company}.", "Agradeço muito a proposta para a vaga[ de {role}] na {company}, que recebi com grande satisfação."],
            "Estou a analisar os detalhes com atenção e darei a minha resposta[ até {replyBy}].",
            "Se possível, gostaria de esclarecer antes algumas questões numa breve chamada."),
        [("pt", FollowUpKind.OfferReply, Register.Casual)] = new(
            ["Valeu demais pela proposta para a vaga[ de {role}] na {company}, que notícia boa!", "Agradeço muito pela proposta para a vaga[ de {role}] na {company}!"],
            "Estou olhando tudo com calma e te respondo[ até {replyBy}].",
            "Você teria um tempinho para uma ligação rápida antes? Tenho algumas perguntas."),
    };
}
