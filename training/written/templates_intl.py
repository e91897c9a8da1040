"""German, French, Spanish, Dutch and Portuguese templates, WRITTEN FOR TRAINING (not real mail)."""
ATS_ALL = ["greenhouse", "lever", "workday", "smartrecruiters", "teamtailor", "personio", "direct", "direct-noreply"]
PEOPLE_AND_ATS = ["person", "person", "teamtailor", "personio", "direct"]


def T(lang, event, label, name, subjects, body, **extra):
    return dict(lang=lang, event=event, label=label, name=name, subjects=subjects, body=body, **extra)


DE = [
    T("de", "application_received", "applied", "eingang", ["Ihre Bewerbung bei {company}", "Eingangsbestätigung Ihrer Bewerbung", "Vielen Dank für Ihre Bewerbung als {role}"], """
Sehr geehrte/r {candidate},

vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an {company}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen. Sollten wir uns innerhalb von vier Wochen nicht melden, konnten wir Ihre Bewerbung leider nicht berücksichtigen.

Mit freundlichen Grüßen
Ihr Recruiting-Team von {company}""", senders=ATS_ALL),
    T("de", "application_received", "applied", "du-eingang", ["Danke für deine Bewerbung, {first}!", "Deine Bewerbung bei {company} ist eingegangen"], """
Hallo {first},

danke für deine Bewerbung auf die Stelle als {role}! Deine Unterlagen sind bei uns eingegangen und landen jetzt direkt beim Fachbereich.

Wir melden uns so schnell wie möglich bei dir.

Viele Grüße
{person} aus dem People-Team von {company}""", senders=["personio", "teamtailor", "person"]),
    T("de", "interview_invite", "interviewing", "einladung", ["Einladung zum Vorstellungsgespräch - {role}", "Einladung zum Gespräch bei {company}"], """
Sehr geehrte/r {candidate},

vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne zu einem Vorstellungsgespräch per Videocall einladen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus: {link}

Das Gespräch dauert etwa 45 Minuten. Wir freuen uns darauf, Sie kennenzulernen!

Mit freundlichen Grüßen
{person}
Talent Acquisition, {company}""", senders=PEOPLE_AND_ATS),
    T("de", "interview_invite", "interviewing", "kennenlernen", ["Kennenlerngespräch {role}", "{company}: Terminvorschlag für ein Kennenlernen"], """
Hallo {first},

wir haben uns deine Bewerbung angesehen und würden dich gerne in einem ersten Kennenlerngespräch (ca. 30 Minuten, telefonisch) näher kennenlernen.

Passt dir {day} um {time} Uhr? Falls nicht, schick mir gerne deine Verfügbarkeit für nächste Woche.

Beste Grüße
{person}""", senders=["person"]),
    T("de", "next_round", "interviewing", "zweite-runde", ["Nächste Runde: Fachgespräch {role}", "Einladung zum zweiten Gespräch bei {company}"], """
Hallo {first},

vielen Dank für das angenehme erste Gespräch. Wir möchten den Prozess gerne mit Ihnen fortsetzen und Sie zu einem zweiten Gespräch einladen: einem technischen Interview mit zwei Kolleginnen aus dem Team.

Bitte teilen Sie uns Ihre Verfügbarkeit für die kommende Woche mit.

Viele Grüße
{person}, {company}""", senders=PEOPLE_AND_ATS),
    T("de", "assessment", "interviewing", "online-test", ["Online-Test für Ihre Bewerbung als {role}", "Nächster Schritt: Testaufgabe"], """
Guten Tag {candidate},

als nächsten Schritt im Bewerbungsprozess für die Position {role} bitten wir Sie, einen Online-Test auf {platform} zu absolvieren. Der Test dauert ca. 60 Minuten und muss innerhalb von {days} Tagen abgeschlossen werden.

Den Link finden Sie hier: https://www.{platform}.com/test/{slug}

Viel Erfolg!
Ihr Recruiting-Team von {company}""", senders=ATS_ALL),
    T("de", "offer", "offer", "vertragsangebot", ["Vertragsangebot {role}", "Ihr Angebot von {company}", "Zusage für die Position {role}"], """
Liebe/r {first},

wir freuen uns sehr, Ihnen die Position als {role} bei {company} anbieten zu können! Das gesamte Team war von Ihnen begeistert.

Im Anhang finden Sie unser Vertragsangebot mit einem Jahresgehalt von {salary_eu} € brutto und einem Eintrittsdatum zum {start_eu}. Bitte lassen Sie uns Ihre Entscheidung bis {day} wissen.

Herzliche Grüße
{person}
Personalabteilung""", senders=PEOPLE_AND_ATS),
    T("de", "offer", "offer", "arbeitsvertrag", ["Ihr Arbeitsvertrag", "Willkommen bei {company} - Arbeitsvertrag"], """
Hallo {first},

wie telefonisch besprochen, senden wir Ihnen anbei Ihren Arbeitsvertrag für die Stelle als {role}. Wir freuen uns auf die Zusammenarbeit und darauf, Sie ab dem {start_eu} in unserem Team begrüßen zu dürfen.

Bitte senden Sie uns den unterschriebenen Vertrag bis Ende der Woche zurück.

Beste Grüße
{person}""", senders=["person", "direct"]),
    T("de", "rejection", "rejected", "absage", ["Ihre Bewerbung als {role}", "Ihre Bewerbung bei {company}", "Absage: {role}"], """
Sehr geehrte/r {candidate},

vielen Dank für Ihr Interesse an {company} und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Wir haben uns für andere Kandidatinnen und Kandidaten entschieden, deren Profil noch besser zu den Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
{company}""", senders=ATS_ALL),
    T("de", "rejection", "rejected", "nach-gespraech", ["Rückmeldung zu unserem Gespräch", "Update zu deiner Bewerbung"], """
Hallo {first},

danke nochmal für das offene Gespräch letzte Woche, wir haben uns sehr gefreut, dich kennenzulernen.

Leider müssen wir dir heute mitteilen, dass wir uns für eine andere Person entschieden haben. Die Entscheidung war knapp. Wir würden uns freuen, wenn du dich bei passenden Stellen in Zukunft wieder bei uns bewirbst.

Alles Gute
{person}""", senders=["person", "personio"]),
    T("de", "job_alert", "none", "jobalarm", ["{n} neue Jobs für {role}", "Ihr Jobalarm: neue Stellenangebote"], """
Neue Stellenangebote, die zu Ihrem Suchauftrag passen:

{role} (m/w/d) - {company}, München
Senior {role} - Kranich Logistik, Hamburg
{role} in Teilzeit - Elbtal Versicherungen, Dresden

Alle Jobs ansehen. Jobalarm abbestellen""", sender="StepStone Jobagent <jobagent@stepstone.de>", footer=False),
    T("de", "not_job", "none", "wohnung", ["Ihre Anfrage zur Wohnung in der Lindenstraße", "Bewerbung für die Wohnung eingegangen"], """
Sehr geehrte/r {candidate},

vielen Dank für Ihre Bewerbung um die 3-Zimmer-Wohnung in der Lindenstraße 12. Wir haben Ihre Mieterselbstauskunft erhalten und melden uns nach der Besichtigung bei Ihnen.

Mit freundlichen Grüßen
Hausverwaltung Krüger""", sender="Hausverwaltung Krüger <info@hv-krueger.de>"),
    T("de", "not_job", "none", "studienplatz", ["Ihre Bewerbung um einen Studienplatz", "Zulassungsbescheid Wintersemester"], """
Sehr geehrte/r {candidate},

leider können wir Ihnen für den Masterstudiengang Informatik im kommenden Wintersemester keinen Studienplatz anbieten. Die Zahl der Bewerbungen übersteigt die verfügbaren Plätze an der Hochschule deutlich.

Studierendensekretariat""", sender="Hochschule Nordstadt <zulassung@hs-nordstadt.de>"),
    T("de", "marketing", "none", "rabatt", ["Nur heute: 30 % Rabatt auf alles", "Exklusives Angebot für Sie"], """
Hallo {first},

nur für kurze Zeit: Sichern Sie sich 30 % Rabatt auf Ihren nächsten Einkauf mit dem Gutschein SOMMER30. Jetzt bestellen und Versandkosten sparen!

Newsletter abbestellen""", sender="Modehaus Lenz <newsletter@modehaus-lenz.de>", footer=False),
]

FR = [
    T("fr", "application_received", "applied", "accuse", ["Votre candidature chez {company}", "Accusé de réception de votre candidature", "Merci pour votre candidature - {role}"], """
Bonjour {first},

Nous vous remercions pour votre candidature au poste de {role} chez {company}. Nous l'avons bien reçue et elle sera étudiée avec attention par notre équipe.

Si votre profil correspond à nos attentes, nous reviendrons vers vous très prochainement. Sans réponse de notre part sous trois semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Cordialement,
L'équipe recrutement {company}""", senders=ATS_ALL),
    T("fr", "application_received", "applied", "wttj", ["Candidature envoyée : {role} chez {company}"], """
Bonjour {first},

Votre candidature pour le poste {role} chez {company} a bien été envoyée. L'entreprise reviendra vers vous si votre profil l'intéresse.

Bonne chance !
L'équipe Welcome to the Jungle""", sender="Welcome to the Jungle <no-reply@welcometothejungle.com>"),
    T("fr", "interview_invite", "interviewing", "entretien", ["Invitation à un entretien - {role}", "Proposition d'entretien chez {company}"], """
Bonjour {first},

Suite à votre candidature au poste de {role}, nous serions ravis d'échanger avec vous lors d'un entretien en visio d'environ 45 minutes.

Pourriez-vous nous indiquer vos disponibilités pour la semaine prochaine ? Vous pouvez aussi réserver directement un créneau ici : {link}

Bien à vous,
{person}
Chargée de recrutement, {company}""", senders=PEOPLE_AND_ATS),
    T("fr", "interview_invite", "interviewing", "echange-tel", ["On fait connaissance ?", "Échange téléphonique - {company}"], """
Bonjour {first},

Merci pour votre candidature ! Votre profil a retenu notre attention et j'aimerais vous proposer un échange téléphonique de 20 minutes pour faire connaissance. Êtes-vous disponible {day} à {time} ?

À bientôt,
{person}""", senders=["person"]),
    T("fr", "next_round", "interviewing", "deuxieme", ["Prochaine étape : entretien technique", "Deuxième entretien - {role} chez {company}"], """
Bonjour {first},

Merci pour notre premier échange. Nous avons le plaisir de vous annoncer que vous êtes retenu(e) pour la prochaine étape : un entretien technique avec le responsable de l'équipe et un développeur senior.

Merci de nous transmettre vos disponibilités.

Cordialement,
{person}, {company}""", senders=PEOPLE_AND_ATS),
    T("fr", "assessment", "interviewing", "test-technique", ["Test technique - {role}", "Étape suivante : test en ligne"], """
Bonjour {first},

Dans le cadre de votre candidature au poste de {role}, nous vous invitons à réaliser un test technique en ligne sur {platform}. Le test dure environ une heure et doit être complété sous {days} jours.

Lien du test : https://www.{platform}.com/test/{slug}

Bonne chance,
L'équipe recrutement {company}""", senders=ATS_ALL),
    T("fr", "offer", "offer", "proposition", ["Proposition d'embauche - {role}", "Votre promesse d'embauche chez {company}"], """
Bonjour {first},

Nous avons le plaisir de vous proposer le poste de {role} au sein de {company} ! Toute l'équipe a été convaincue par vos entretiens.

Vous trouverez ci-joint notre proposition d'embauche : CDI, rémunération annuelle brute de {salary_eu} €, prise de poste le {start_eu}. Merci de nous faire part de votre décision d'ici {day}.

Bien cordialement,
{person}
Responsable RH""", senders=PEOPLE_AND_ATS),
    T("fr", "offer", "offer", "contrat", ["Votre contrat de travail", "Bienvenue chez {company} !"], """
Bonjour {first},

Suite à votre accord, veuillez trouver ci-joint votre contrat de travail pour le poste de {role}, ainsi que les informations sur votre rémunération et votre date d'arrivée.

Nous avons hâte de vous accueillir dans l'équipe !

{person}""", senders=["person", "direct"]),
    T("fr", "rejection", "rejected", "refus", ["Votre candidature au poste de {role}", "Réponse à votre candidature - {company}", "Votre candidature : {role} chez {company}"], """
Bonjour {first},

Nous vous remercions de l'intérêt que vous portez à {company} et du temps consacré à votre candidature.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature. Nous avons retenu des profils plus en adéquation avec le poste.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,
L'équipe RH""", senders=ATS_ALL),
    T("fr", "rejection", "rejected", "apres-entretien", ["Suite à nos échanges", "Retour sur votre candidature"], """
Bonjour {first},

Merci encore pour le temps que vous nous avez accordé lors des entretiens. Malheureusement, nous avons choisi de poursuivre avec un autre candidat dont l'expérience correspond davantage à nos besoins actuels.

Ce fut un plaisir d'échanger avec vous et nous vous souhaitons le meilleur pour la suite.

{person}""", senders=["person", "teamtailor"]),
    T("fr", "job_alert", "none", "alerte", ["{n} nouvelles offres pour {role}", "Alerte emploi : {role}"], """
Nouvelles offres qui pourraient vous intéresser

{role} - {company} - Paris
{role} senior - Groupe Vercors - Lyon
{role} (H/F) - Nova Santé - Nantes

Voir toutes les offres. Gérer mes alertes. Se désinscrire""", sender="Indeed <alert@indeed.com>", footer=False),
    T("fr", "not_job", "none", "logement", ["Votre dossier de location", "Dossier reçu - appartement rue des Lilas"], """
Bonjour {first},

Nous avons bien reçu votre dossier de candidature pour l'appartement T2 situé rue des Lilas. Votre dossier sera étudié par le propriétaire et nous reviendrons vers vous après vérification des garanties.

Agence Immobilière du Centre""", sender="Agence du Centre <location@agence-centre.fr>"),
    T("fr", "not_job", "none", "bourse", ["Résultat de votre demande de bourse", "Votre candidature à la bourse d'excellence"], """
Bonjour {first},

Nous avons le regret de vous informer que votre demande de bourse d'études pour l'année universitaire 2025-2026 n'a pas été retenue par la commission.

Service des bourses, Université de Provence""", sender="Université de Provence <bourses@univ-provence.fr>"),
    T("fr", "marketing", "none", "offre-speciale", ["Offre exclusive : -40 % ce week-end", "Votre offre spéciale vous attend"], """
Bonjour {first},

Ce week-end seulement, profitez de -40 % sur toute la collection avec le code promo WEEKEND40. Livraison gratuite dès 50 € d'achat.

Je profite de l'offre

Se désinscrire""", sender="Maison Éloise <newsletter@maison-eloise.fr>", footer=False),
]

ES = [
    T("es", "application_received", "applied", "recibida", ["Hemos recibido tu candidatura", "Tu candidatura en {company}", "Gracias por tu solicitud - {role}"], """
Hola {first}:

Gracias por tu interés en {company}. Hemos recibido tu candidatura para el puesto de {role} y nuestro equipo la revisará con atención.

Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas. Si no recibes respuesta en un mes, entiende que en esta ocasión no continuaremos con tu candidatura.

Un saludo,
Equipo de Selección de {company}""", senders=ATS_ALL),
    T("es", "application_received", "applied", "infojobs", ["Tu candidatura se ha registrado correctamente"], """
Hola {first}, tu candidatura a la oferta {role} de {company} se ha registrado correctamente. La empresa revisará tu CV y te avisaremos de cualquier cambio en el proceso de selección.""", sender="InfoJobs <noreply@infojobs.net>"),
    T("es", "interview_invite", "interviewing", "entrevista", ["Invitación a entrevista - {role}", "Entrevista con {company}"], """
Hola {first}:

Gracias por tu candidatura al puesto de {role}. Nos ha gustado mucho tu perfil y nos gustaría invitarte a una entrevista por videollamada de unos 45 minutos.

¿Podrías indicarnos tu disponibilidad para la próxima semana? También puedes agendar directamente aquí: {link}

Un saludo,
{person}
Talent Acquisition, {company}""", senders=PEOPLE_AND_ATS),
    T("es", "interview_invite", "interviewing", "llamada", ["¿Hablamos? Proceso de selección {role}", "Llamada con {company}"], """
Hola {first},

Soy {person}, del equipo de selección de {company}. Me gustaría tener una primera llamada contigo de 20 minutos para conocerte y contarte más sobre el puesto. ¿Te viene bien el {day} a las {time}?

Saludos,
{person}""", senders=["person"]),
    T("es", "next_round", "interviewing", "siguiente-fase", ["Siguiente fase del proceso - {role}", "Segunda entrevista en {company}"], """
Hola {first}:

Gracias por la entrevista de la semana pasada. Nos alegra comunicarte que has pasado a la siguiente fase del proceso: una entrevista técnica con el responsable del equipo.

Por favor, indícanos tu disponibilidad.

Un saludo,
{person}""", senders=PEOPLE_AND_ATS),
    T("es", "assessment", "interviewing", "prueba", ["Prueba técnica - {role}", "Siguiente paso: prueba online"], """
Hola {first}:

Como siguiente paso en el proceso de selección para el puesto de {role}, te invitamos a realizar una prueba técnica online en {platform}. Tienes {days} días para completarla.

Enlace a la prueba: https://www.{platform}.com/test/{slug}

¡Mucha suerte!
Equipo de Selección de {company}""", senders=ATS_ALL),
    T("es", "offer", "offer", "oferta", ["Oferta de empleo - {role}", "Tu oferta de {company}", "Carta oferta: {role}"], """
Hola {first}:

¡Enhorabuena! Nos complace ofrecerte el puesto de {role} en {company}. Todo el equipo quedó encantado contigo durante el proceso.

Te adjuntamos la carta oferta con las condiciones: contrato indefinido, salario bruto anual de {salary_eu} € y fecha de incorporación el {start_eu}. Te agradeceríamos una respuesta antes del {day}.

Un abrazo,
{person}
Recursos Humanos""", senders=PEOPLE_AND_ATS),
    T("es", "rejection", "rejected", "descarte", ["Tu candidatura para {role}", "Actualización sobre tu candidatura en {company}", "Proceso de selección {role}"], """
Hola {first}:

Queremos agradecerte el tiempo y el interés que has mostrado en formar parte de {company}.

Tras revisar detenidamente tu candidatura, lamentamos comunicarte que en esta ocasión no vamos a continuar con tu candidatura. Hemos seleccionado a otros candidatos cuyo perfil se ajusta más a las necesidades del puesto.

Te deseamos mucho éxito en tu búsqueda.

Un saludo,
Equipo de Talento""", senders=ATS_ALL),
    T("es", "rejection", "rejected", "tras-entrevista", ["Respuesta tras la entrevista", "Sobre tu proceso con nosotros"], """
Hola {first},

Muchas gracias por tu tiempo en las entrevistas. Lamentablemente, hemos decidido seguir adelante con otra persona para el puesto. Ha sido una decisión difícil y nos ha encantado conocerte.

Un saludo,
{person}""", senders=["person"]),
    T("es", "job_alert", "none", "alerta", ["{n} nuevas ofertas de {role}", "Alerta de empleo: {role}"], """
Ofertas recomendadas para ti

{role} - {company} - Madrid
{role} Senior - Banco Mirador - Barcelona
{role} Junior - Datanorte - Valencia

Ver todas las ofertas. Darse de baja""", sender="InfoJobs Alertas <alertas@infojobs.net>", footer=False),
    T("es", "not_job", "none", "piso", ["Solicitud de alquiler recibida", "Tu solicitud para el piso en calle Mayor"], """
Hola {first}:

Hemos recibido tu solicitud de alquiler para el piso de la calle Mayor 8. El propietario revisará tu documentación y te responderemos en unos días.

Inmobiliaria Sol""", sender="Inmobiliaria Sol <alquiler@inmosol.es>"),
    T("es", "not_job", "none", "beca", ["Resolución de tu solicitud de beca"], """
Estimado/a {candidate}:

Lamentamos comunicarle que su solicitud de beca para el curso 2025-2026 no ha sido concedida, ya que el número de solicitudes superó las plazas disponibles.

Oficina de Becas, Universidad del Norte""", sender="Universidad del Norte <becas@unorte.es>"),
    T("es", "marketing", "none", "oferta-exclusiva", ["Oferta exclusiva: 50 % de descuento", "Solo hoy: rebajas en toda la tienda"], """
Hola {first}:

Solo por tiempo limitado, disfruta de un 50 % de descuento en tu próxima compra con el código VERANO50. ¡Envío gratis!

Compra ahora. Darse de baja""", sender="Tienda Brisa <ofertas@tiendabrisa.es>", footer=False),
]

NL = [
    T("nl", "application_received", "applied", "ontvangen", ["Bedankt voor je sollicitatie bij {company}", "Je sollicitatie is ontvangen", "Ontvangstbevestiging sollicitatie {role}"], """
Hoi {first},

Bedankt voor je sollicitatie op de vacature {role} bij {company}. We hebben je sollicitatie in goede orde ontvangen en gaan ermee aan de slag.

Binnen twee weken hoor je van ons. Als je binnen drie weken niets van ons hoort, dan hebben we helaas voor andere kandidaten gekozen.

Met vriendelijke groet,
Team Recruitment {company}""", senders=ATS_ALL),
    T("nl", "application_received", "applied", "kort", ["Sollicitatie ontvangen: {role}"], """
Beste {first}, bedankt voor je interesse in de functie {role}. Je sollicitatie is goed ontvangen. We nemen zo snel mogelijk contact met je op.

Groet, {company}""", senders=["teamtailor", "personio", "direct-noreply"]),
    T("nl", "interview_invite", "interviewing", "uitnodiging", ["Uitnodiging sollicitatiegesprek {role}", "Uitnodiging voor een gesprek bij {company}"], """
Beste {first},

Bedankt voor je sollicitatie. We willen je graag uitnodigen voor een eerste sollicitatiegesprek via Teams van ongeveer 45 minuten.

Kies hier een moment dat jou uitkomt: {link}

We kijken ernaar uit je te spreken!

Met vriendelijke groet,
{person}
Recruiter, {company}""", senders=PEOPLE_AND_ATS),
    T("nl", "interview_invite", "interviewing", "kennismaking", ["Kennismakingsgesprek?", "Even bellen over de vacature {role}"], """
Hoi {first},

Je cv sprak ons erg aan! Zou je openstaan voor een kort kennismakingsgesprek? Kan je op {day} om {time}? Anders hoor ik graag je beschikbaarheid.

Groetjes,
{person}""", senders=["person"]),
    T("nl", "next_round", "interviewing", "tweede", ["Uitnodiging tweede gesprek - {role}", "Volgende ronde bij {company}"], """
Hoi {first},

Leuk dat je vorige week langs was! We willen graag met je door naar de volgende ronde: een tweede gesprek met de teamleider en een technisch interview.

Laat je weten wanneer je beschikbaar bent?

Groet,
{person}""", senders=PEOPLE_AND_ATS),
    T("nl", "assessment", "interviewing", "assessment", ["Online assessment voor de functie {role}", "Volgende stap: technische opdracht"], """
Beste {first},

Als volgende stap in de sollicitatieprocedure voor {role} vragen we je een online assessment te maken via {platform}. Het assessment duurt ongeveer een uur en moet binnen {days} dagen worden afgerond.

Link: https://www.{platform}.com/test/{slug}

Succes!
Team Recruitment {company}""", senders=ATS_ALL),
    T("nl", "offer", "offer", "aanbod", ["Aanbod voor de functie {role}", "Je contractvoorstel van {company}"], """
Beste {first},

Goed nieuws: we willen je graag de functie van {role} bij {company} aanbieden! Het hele team was enthousiast na de gesprekken.

In de bijlage vind je het aanbod met de arbeidsvoorwaarden: een bruto jaarsalaris van {salary_eu} euro, 25 vakantiedagen en een startdatum per {start_eu}. Laat je ons voor {day} weten of je het aanbod aanneemt?

Hartelijke groet,
{person}
HR""", senders=PEOPLE_AND_ATS),
    T("nl", "rejection", "rejected", "afwijzing", ["Je sollicitatie bij {company}", "Reactie op je sollicitatie als {role}", "Update over je sollicitatie"], """
Beste {first},

Bedankt voor je sollicitatie en je interesse in {company}.

We hebben je sollicitatie zorgvuldig bekeken, maar we hebben helaas besloten om niet verder te gaan met je sollicitatie. Er waren andere kandidaten wiens ervaring beter aansluit bij de functie.

We wensen je veel succes met je zoektocht.

Met vriendelijke groet,
Team Recruitment""", senders=ATS_ALL),
    T("nl", "rejection", "rejected", "na-gesprek", ["Terugkoppeling gesprek", "Ons gesprek van vorige week"], """
Hoi {first},

Nogmaals bedankt voor het fijne gesprek. Helaas hebben we besloten om voor een andere kandidaat te kiezen. Het was een lastige keuze en we hebben het erg leuk gevonden je te leren kennen.

Groet,
{person}""", senders=["person"]),
    T("nl", "job_alert", "none", "vacaturealert", ["{n} nieuwe vacatures voor {role}", "Je vacaturealert: {role}"], """
Nieuwe vacatures voor jou

{role} - {company} - Amsterdam
Senior {role} - Kade Finance - Rotterdam
{role} - Noordzee Data - Utrecht

Bekijk alle vacatures. Afmelden voor deze alert""", sender="Nationale Vacaturebank <alert@nationalevacaturebank.nl>", footer=False),
    T("nl", "not_job", "none", "huurwoning", ["Je reactie op de huurwoning is ontvangen", "Inschrijving huurwoning Herengracht"], """
Beste {first},

Bedankt voor je reactie op de huurwoning aan de Herengracht. We hebben je gegevens ontvangen en nemen contact op als je bent geselecteerd voor een bezichtiging.

Verhuurmakelaar Amstel""", sender="Amstel Wonen <verhuur@amstelwonen.nl>"),
    T("nl", "marketing", "none", "korting", ["Alleen vandaag: 25% korting", "Exclusieve aanbieding voor jou"], """
Hoi {first},

Alleen vandaag krijg je 25% korting op het hele assortiment met de code ZOMER25. Gratis verzending vanaf 20 euro.

Shop nu. Uitschrijven""", sender="Huis & Co <nieuwsbrief@huisenco.nl>", footer=False),
]

PT = [
    T("pt", "application_received", "applied", "recebida", ["Recebemos sua candidatura", "Sua candidatura na {company}", "Obrigado pela sua candidatura - {role}"], """
Olá {first},

Obrigado pelo seu interesse na {company}! Recebemos sua candidatura para a vaga de {role} e nossa equipe vai analisá-la com atenção.

Caso seu perfil seja compatível, entraremos em contato nas próximas semanas. Caso não seja selecionado(a), você receberá um aviso por e-mail ao final do processo seletivo.

Abraços,
Equipe de Recrutamento {company}""", senders=ATS_ALL),
    T("pt", "application_received", "applied", "gupy", ["Candidatura realizada com sucesso: {role}"], """
Oi {first}, sua candidatura para a vaga {role} na {company} foi realizada com sucesso! Acompanhe as etapas do processo seletivo pela plataforma.""", sender="{company} via Gupy <naoresponda@gupy.io>"),
    T("pt", "interview_invite", "interviewing", "entrevista", ["Convite para entrevista - {role}", "Entrevista na {company}"], """
Olá {first},

Agradecemos sua candidatura para a vaga de {role}. Gostamos muito do seu perfil e gostaríamos de convidar você para uma entrevista online de cerca de 45 minutos.

Por favor, escolha um horário pelo link: {link}

Até breve,
{person}
Recrutamento, {company}""", senders=PEOPLE_AND_ATS),
    T("pt", "interview_invite", "interviewing", "conversa", ["Bate-papo sobre a vaga de {role}", "Podemos conversar?"], """
Oi {first}, tudo bem?

Sou {person}, recrutadora da {company}. Vi sua candidatura e gostaria de marcar uma conversa rápida por telefone. Você tem disponibilidade na {day} às {time}?

Abraço,
{person}""", senders=["person"]),
    T("pt", "next_round", "interviewing", "proxima-etapa", ["Próxima etapa do processo seletivo - {role}", "Segunda entrevista na {company}"], """
Olá {first},

Obrigado pela conversa da semana passada! Temos o prazer de informar que você avançou para a próxima etapa: uma entrevista técnica com o gestor da área.

Por favor, nos informe sua disponibilidade.

Atenciosamente,
{person}""", senders=PEOPLE_AND_ATS),
    T("pt", "assessment", "interviewing", "teste", ["Teste técnico - {role}", "Próxima etapa: desafio técnico"], """
Olá {first},

Como próxima etapa do processo seletivo para a vaga de {role}, convidamos você a realizar um teste técnico online na plataforma {platform}. Você tem {days} dias para concluir.

Link: https://www.{platform}.com/test/{slug}

Boa sorte!
Equipe de Recrutamento {company}""", senders=ATS_ALL),
    T("pt", "offer", "offer", "proposta", ["Proposta de emprego - {role}", "Sua proposta da {company}", "Carta proposta: {role}"], """
Olá {first},

Parabéns! Temos o prazer de oferecer a você a vaga de {role} na {company}. Todo o time ficou muito animado com as entrevistas.

Em anexo está a carta proposta com as condições: salário mensal bruto de R$ 12.500, benefícios e data de início em {start_eu}. Pedimos que nos dê um retorno até {day}.

Abraços,
{person}
Recursos Humanos""", senders=PEOPLE_AND_ATS),
    T("pt", "rejection", "rejected", "reprovado", ["Retorno sobre sua candidatura", "Sua candidatura para {role}", "Atualização do processo seletivo - {company}"], """
Olá {first},

Agradecemos muito o seu interesse em fazer parte da {company} e o tempo dedicado ao processo seletivo.

Após análise cuidadosa, infelizmente informamos que você não foi selecionado(a) para seguir nas próximas etapas da vaga de {role}. Optamos por outros candidatos com perfil mais aderente à posição.

Desejamos sucesso na sua jornada profissional.

Atenciosamente,
Equipe de Talentos""", senders=ATS_ALL),
    T("pt", "rejection", "rejected", "apos-entrevista", ["Feedback da entrevista", "Sobre o processo da vaga"], """
Oi {first},

Obrigada pelo seu tempo nas entrevistas. Infelizmente decidimos seguir com outra pessoa para a posição. Foi um prazer conhecer você e vamos manter seu currículo em nosso banco de talentos.

Abraço,
{person}""", senders=["person"]),
    T("pt", "job_alert", "none", "alerta", ["{n} novas vagas para {role}", "Alerta de vagas: {role}"], """
Vagas recomendadas para você

{role} - {company} - São Paulo
{role} Sênior - Banco Horizonte - Rio de Janeiro
{role} Júnior - Jabuti Dados - Remoto

Ver todas as vagas. Cancelar inscrição""", sender="Catho <alertas@catho.com.br>", footer=False),
    T("pt", "not_job", "none", "aluguel", ["Recebemos sua proposta de aluguel", "Análise de cadastro - apartamento"], """
Olá {first},

Recebemos sua proposta de aluguel para o apartamento na Rua das Flores, 120. Seu cadastro está em análise de crédito e retornaremos em até 3 dias úteis.

Imobiliária Central""", sender="Imobiliária Central <locacao@imobcentral.com.br>"),
    T("pt", "marketing", "none", "desconto", ["Oferta exclusiva: 40% de desconto", "Só hoje: promoção imperdível"], """
Olá {first},

Só hoje: 40% de desconto em toda a loja com o cupom VERAO40. Frete grátis para todo o Brasil!

Compre agora. Descadastrar""", sender="Loja Aurora <ofertas@lojaaurora.com.br>", footer=False),
]

TEMPLATES = DE + FR + ES + NL + PT

TEMPLATES += [
    T("de", "interview_invite", "interviewing", "video-termin", ["Terminbestätigung: Interview bei {company}"], """
Guten Tag {candidate},

hiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch am {day} um {time} Uhr. Das Gespräch findet per Microsoft Teams statt, den Link erhalten Sie separat.

Ihre Gesprächspartner sind {person} und die zuständige Teamleitung.

Mit freundlichen Grüßen
Ihr Recruiting-Team""", senders=["personio", "direct", "workday"]),
    T("fr", "interview_invite", "interviewing", "confirmation", ["Confirmation de votre entretien - {company}"], """
Bonjour {first},

Nous vous confirmons votre entretien le {day} à {time} dans nos locaux avec {person}, responsable de l'équipe. Merci de vous présenter à l'accueil quelques minutes avant.

À très bientôt,
L'équipe recrutement""", senders=["direct", "teamtailor", "person"]),
    T("es", "interview_invite", "interviewing", "confirmacion", ["Confirmación de entrevista - {company}"], """
Hola {first}:

Te confirmamos la entrevista el {day} a las {time} por Google Meet con {person}, responsable del área. Recibirás la invitación en tu calendario.

Un saludo,
Equipo de Selección""", senders=["direct", "person", "smartrecruiters"]),
    T("nl", "interview_invite", "interviewing", "bevestiging", ["Bevestiging sollicitatiegesprek {company}"], """
Beste {first},

Hierbij bevestigen we je sollicitatiegesprek op {day} om {time} op ons kantoor. Je spreekt met {person} en een collega uit het team.

Tot dan!
Team Recruitment""", senders=["direct", "teamtailor", "person"]),
    T("pt", "interview_invite", "interviewing", "confirmacao", ["Confirmação de entrevista - {company}"], """
Olá {first},

Confirmamos sua entrevista na {day} às {time} pelo Google Meet com {person}, gestor(a) da área. O convite foi enviado para sua agenda.

Até lá!
Equipe de Recrutamento""", senders=["direct", "person", "gupy" if False else "smartrecruiters"]),
]

TEMPLATES += [
    T("de", "rejection", "rejected", "kurz", ["Rückmeldung zu Ihrer Bewerbung bei {company}"], """
Guten Tag {candidate},

herzlichen Dank für Ihre Bewerbung. Nach eingehender Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen.

Freundliche Grüße
{company}""", senders=ATS_ALL),
    T("fr", "offer", "offer", "docusign", ["Veuillez signer avec DocuSign : contrat de travail - {candidate}"], """
{person} vous a envoyé un document à vérifier et à signer.

VÉRIFIER LE DOCUMENT

Bonjour {first}, voici votre contrat de travail pour le poste de {role} chez {company}. Bienvenue dans l'équipe !""", sender="{person} via Docusign <dse@docusign.net>", footer=False),
    T("es", "next_round", "interviewing", "final", ["Entrevista final - {role}"], """
Hola {first}:

¡Enhorabuena! Has llegado a la última fase del proceso. Queremos invitarte a una entrevista final presencial con la dirección del área el {day} a las {time}.

Confírmanos tu asistencia, por favor.

{person}""", senders=["person", "direct"]),
    T("nl", "rejection", "rejected", "kort", ["Update sollicitatie {role}"], """
Beste {first},

Dank je wel voor je interesse in {company}. We hebben besloten om andere kandidaten uit te nodigen voor een gesprek.

Met vriendelijke groet,
{company}""", senders=ATS_ALL),
    T("pt", "offer", "offer", "aprovado", ["Você foi aprovado(a)! Proposta para {role}"], """
Olá {first},

Temos uma ótima notícia: você foi aprovado(a) no processo seletivo para a vaga de {role} na {company}! Em breve enviaremos a carta proposta com salário, benefícios e data de início.

Parabéns!
{person}""", senders=["person", "direct", "smartrecruiters"]),
]
