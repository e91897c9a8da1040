using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Job-event precision families of issue 9 (h-precision2): a forward whose short note shares the forwarder's own news
/// (a friend's interview, the reader telling family) against an agency forwarding the employer's invitation to the
/// candidate; and places, slots, papers, tryouts and studies that are not jobs against real job mail at the same
/// nursery, festival or lab. Examples written for these tests, not drawn from training/ or any data set.
/// </summary>
public sealed class PrecisionFamilyTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string to, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, to, subject, body, DateTimeOffset.Parse("2026-06-02T09:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    private static string Forward(string note, string marker, string headers, string message) =>
        $"{note}\n\n---------- {marker} ---------\n{headers}\n\n{message}";

    // The note's own words: a friend's or the reader's news, in six languages.
    [Theory]
    [InlineData("look what just arrived!! wish me luck on Tuesday")]
    [InlineData("Mum, I got the job! Call you later")]
    [InlineData("they want me for round two, what do you think?")]
    [InlineData("Schau mal, ich hab ein Vorstellungsgespräch! Drück mir die Daumen")]
    [InlineData("Maman, regarde ce que j'ai reçu ! J'ai décroché le poste")]
    [InlineData("adivina qué: me han ofrecido el puesto, ¿qué te parece?")]
    [InlineData("raad eens, ik ben aangenomen! Zal ik het aannemen?")]
    [InlineData("mãe, consegui a vaga!! olha só")]
    public void A_note_that_shares_ones_own_news_is_recognised(string note) =>
        Assert.True(Cues.NoteSharesOwnNews(note), note);

    // An agency's or a colleague's note speaks to the candidate about the candidate's application.
    [Theory]
    [InlineData("Hi Adam, good news – they'd like to meet you on Tuesday, see below. Shall I confirm?")]
    [InlineData("Ryan – the client has come back with an offer, details below. Fingers crossed you like it! Call me.")]
    [InlineData("Hallo Herr Hartmann, der Kunde möchte Sie kennenlernen, siehe unten.")]
    [InlineData("Bonjour Bastien, notre client souhaite vous rencontrer mardi, voir ci-dessous.")]
    [InlineData("Hola Óscar, nuestro cliente quiere conocerte el martes.")]
    [InlineData("Hoi Rick, onze klant wil je graag spreken op dinsdag.")]
    [InlineData("Olá André, o nosso cliente quer conhecê-lo na terça.")]
    [InlineData("FYI")]
    [InlineData("")]
    public void An_agency_note_or_a_bare_forward_is_not_shared_news(string note) =>
        Assert.False(Cues.NoteSharesOwnNews(note), note);

    [Fact]
    public void A_forward_keeps_its_note_and_who_forwarded_it()
    {
        var text = MailTextReader.Read(new EmailInput("Maya Brooks <maya.brooks@example.com>", "jo@example.com", "Fwd: Interview invitation",
            Forward("look what came this morning!", "Forwarded message", "From: Talent Team <careers@example.org>\nDate: Mon, 8 Jun 2026\nSubject: Interview invitation\nTo: Maya Brooks <maya.brooks@example.com>",
                "Dear Maya,\n\nWe would like to invite you to an interview for the Junior Accountant position on Thursday at 10:30."), null));

        Assert.True(text.IsForwarded);
        Assert.Equal("look what came this morning!", text.ForwardNote);
        Assert.Equal("maya.brooks@example.com", text.Forwarder?.Address);
        Assert.Equal("careers@example.org", text.Sender.Address);
    }

    [Fact]
    public void An_address_like_p_dot_name_in_a_plain_forward_is_not_html()
    {
        var text = MailTextReader.Read(new EmailInput("Paul Schneider <paul@example.de>", "tim@example.de", "WG: Ihr Vertragsangebot",
            Forward("Ich hab die Stelle!", "Weitergeleitete Nachricht", "Von: Dr. Petra Lang <p.lang@example.de>\nDatum: Fr., 12. Juni 2026\nBetreff: Ihr Vertragsangebot\nAn: Paul Schneider <paul@example.de>",
                "Lieber Herr Schneider,\n\nwir freuen uns, Ihnen die Stelle anbieten zu können."), null));

        Assert.True(text.IsForwarded);
        Assert.False(text.WasHtml);
        Assert.Equal("p.lang@example.de", text.Sender.Address);
    }

    // A friend forwarding their own invitation, offer or no; the reader sharing theirs with family.
    [Theory]
    [InlineData("Maya Brooks <maya.brooks@example.com>", "Fwd: Interview invitation – Junior Accountant", "look what came this morning!!! wish me luck x", "Forwarded message",
        "From: Recruitment Team <careers@example.org>\nDate: Mon, 8 Jun 2026 08:14\nSubject: Interview invitation – Junior Accountant\nTo: Maya Brooks <maya.brooks@example.com>",
        "Dear Maya,\n\nThank you for your application for the Junior Accountant position. We would like to invite you to an interview at our Leeds office on Thursday 11 June at 10:30. Please confirm your attendance.\n\nKind regards,\nRecruitment Team")]
    [InlineData("Sam Whitfield <sam.whitfield@example.com>", "Fwd: Offer of employment", "Mum, I got the job!! Ring you tonight", "Forwarded message",
        "From: Lauren Fisher <lauren.fisher@example.org>\nDate: Tue, 16 Jun 2026 16:02\nSubject: Offer of employment\nTo: Sam Whitfield <sam.whitfield@example.com>",
        "Hi Sam,\n\nI'm delighted to offer you the position of Site Administrator, starting on 6 July on a salary of £26,500. Your contract is attached.\n\nLauren Fisher\nHR Manager")]
    [InlineData("Anna Krüger <anna.krueger@example.de>", "WG: Einladung zum Vorstellungsgespräch", "Oma, schau mal! Drück mir am Dienstag die Daumen", "Weitergeleitete Nachricht",
        "Von: Personalabteilung <personal@example.org>\nDatum: Mo., 8. Juni 2026\nBetreff: Einladung zum Vorstellungsgespräch\nAn: Anna Krüger <anna.krueger@example.de>",
        "Sehr geehrte Frau Krüger,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne am Dienstag, 16. Juni, um 13:00 Uhr zu einem Vorstellungsgespräch einladen.\n\nPersonalabteilung")]
    [InlineData("Léa Martin <lea.martin@example.fr>", "TR: Proposition d'embauche", "Maman, regarde ce que je viens de recevoir !!!", "Message transféré",
        "De: Sophie Bernard <s.bernard@example.org>\nDate: mar. 16 juin 2026\nObjet: Proposition d'embauche\nÀ: Léa Martin <lea.martin@example.fr>",
        "Bonjour Léa,\n\nNous avons le plaisir de vous proposer le poste de préparatrice en pharmacie en CDI, à partir du 1er juillet.\n\nSophie Bernard")]
    [InlineData("Nerea Sanz <nerea.sanz@example.es>", "RV: Tu candidatura", "pues nada, no me han cogido. cruza los dedos por lo del lunes", "Mensaje reenviado",
        "De: Talento <talento@example.org>\nFecha: mié., 3 jun 2026\nAsunto: Tu candidatura\nPara: nerea.sanz@example.es",
        "Hola Nerea:\n\nGracias por tu interés. Lamentablemente, hemos decidido continuar con otros candidatos.\n\nEquipo de Talento")]
    [InlineData("Eva Mulder <eva.mulder@example.nl>", "Fwd: Uitnodiging sollicitatiegesprek", "Oma, kijk eens! Duim voor me op dinsdag", "Doorgestuurd bericht",
        "Van: P&O <po@example.org>\nDatum: ma 8 jun 2026\nOnderwerp: Uitnodiging sollicitatiegesprek\nAan: Eva Mulder <eva.mulder@example.nl>",
        "Beste Eva,\n\nBedankt voor je sollicitatie als verpleegkundige. We nodigen je graag uit voor een gesprek op dinsdag 16 juni om 13.00 uur.\n\nP&O")]
    [InlineData("Joana Teixeira <joana.teixeira@example.pt>", "Enc: Proposta de trabalho", "mãe, consegui a vaga!!! olha só", "Mensagem encaminhada",
        "De: Carla Mendes <carla.mendes@example.org>\nData: ter., 16 de jun. de 2026\nAssunto: Proposta de trabalho\nPara: Joana Teixeira <joana.teixeira@example.pt>",
        "Olá Joana,\n\nTemos o prazer de oferecer-lhe o cargo de fisioterapeuta, com início a 1 de julho.\n\nCarla Mendes")]
    public void A_forward_that_shares_someones_own_news_is_not_the_readers_event(string from, string subject, string note, string marker, string headers, string message)
    {
        var result = Classify(from, "friend@example.net", subject, Forward(note, marker, headers, message));

        Assert.True(result.Label == "none", Explain(result));
    }

    // An agency forwarding the employer's invitation or offer to the candidate is the candidate's job event.
    [Theory]
    [InlineData("Sophie Grant <sophie.grant@brightpath.example.com>", "Fwd: Interview – Warehouse Supervisor", "Hi Adam, good news – see below, they'd like to meet you on Tuesday. Shall I confirm 11am?", "Forwarded message",
        "From: Rachel Moore <rachel.moore@castlefreight.example.com>\nDate: Thu, 4 Jun 2026 12:10\nSubject: Interview – Warehouse Supervisor\nTo: Sophie Grant <sophie.grant@brightpath.example.com>",
        "Hi Sophie,\n\nThanks for sending Adam's CV. We'd like to interview him for the Warehouse Supervisor role on Tuesday at 11am at our Doncaster site.\n\nRachel", "interviewing")]
    [InlineData("Sandra Pohl <sandra.pohl@personalplus.example.de>", "WG: Vorstellungsgespräch Lagerleiter", "Hallo Herr Hartmann, gute Nachrichten: der Kunde möchte Sie kennenlernen, siehe unten. Passt Ihnen Dienstag 11 Uhr?", "Weitergeleitete Nachricht",
        "Von: Rainer Kraus <r.kraus@logistik.example.de>\nDatum: Do., 4. Juni 2026\nBetreff: Vorstellungsgespräch Lagerleiter\nAn: Sandra Pohl <sandra.pohl@personalplus.example.de>",
        "Hallo Frau Pohl,\n\nvielen Dank für das Profil von Herrn Hartmann. Wir würden ihn gern am Dienstag um 11 Uhr zum Vorstellungsgespräch für die Stelle als Lagerleiter einladen.\n\nRainer Kraus", "interviewing")]
    [InlineData("Linda Kuipers <linda.kuipers@uitzendplus.example.nl>", "Fwd: Sollicitatiegesprek teamleider magazijn", "Hoi Rick, goed nieuws: onze klant wil je graag spreken op dinsdag om 11 uur, zie hieronder.", "Doorgestuurd bericht",
        "Van: Gerard Bos <g.bos@logistiek.example.nl>\nDatum: do 4 jun 2026\nOnderwerp: Sollicitatiegesprek teamleider magazijn\nAan: Linda Kuipers <linda.kuipers@uitzendplus.example.nl>",
        "Hoi Linda,\n\nBedankt voor het cv van Rick. We nodigen hem graag uit voor een sollicitatiegesprek voor de functie teamleider magazijn op dinsdag om 11.00 uur.\n\nGerard", "interviewing")]
    public void An_agency_forwarding_the_employers_invitation_stays_a_job_event(string from, string subject, string note, string marker, string headers, string message, string label)
    {
        var result = Classify(from, "candidate@example.net", subject, Forward(note, marker, headers, message));

        Assert.True(result.Label == label, Explain(result));
    }

    // Places, slots, papers, tryouts, auditions and studies that are not jobs.
    [Theory]
    [InlineData("Kinderopvang De Vlinder <planning@example.nl>", "Plaatsingsaanbod en intakegesprek",
        "Beste ouders,\n\nGoed nieuws: we kunnen Noor per 1 september een plek op de dreumesgroep aanbieden. We nodigen jullie uit voor een intakegesprek op woensdag 24 juni om 15.00 uur. Daarna plannen we de wenmomenten.\n\nTeam planning")]
    [InlineData("Creche Arco-Íris <secretaria@example.pt>", "Vaga na creche e entrevista",
        "Caros pais,\n\nHá uma vaga na creche para o Tomás a partir de setembro. Convidamo-los para uma entrevista com a educadora na quarta-feira às 17h, antes do período de adaptação.\n\nA direção")]
    [InlineData("Kita Sonnenschein <leitung@example.de>", "Zusage Kitaplatz",
        "Liebe Familie Albrecht,\n\nwir freuen uns, Ihnen für Emil ab dem 1. September einen Platz in unserer Krippe anbieten zu können. Wir laden Sie zu einem Aufnahmegespräch am Mittwoch um 15 Uhr ein.\n\nAndrea Böhm")]
    [InlineData("Food Festival <stalls@example.org>", "Your stall application",
        "Hi Gemma,\n\nThank you for applying for a stall at this year's festival. I'm sorry to say we weren't able to offer you a slot at the market this time. Please apply again next year.\n\nThe festival team")]
    [InlineData("Program Chairs <chairs@example.org>", "Notification for submission #412",
        "Dear Laura,\n\nWe regret to inform you that your paper was not accepted for the full papers track. The reviewers' comments are below.\n\nThe Program Chairs")]
    [InlineData("Journal Office <editorial@example.org>", "Decision on manuscript JCE-113",
        "Dear Dr Tan,\n\nI am pleased to inform you that your manuscript has been accepted for publication, subject to minor revisions.\n\nHandling Editor")]
    [InlineData("Procurement <procurement@example.gov>", "Tender outcome",
        "Dear Mr Hughes,\n\nWe regret that your bid was unsuccessful on this occasion. Your tender scored 71/100.\n\nProcurement Team")]
    [InlineData("Rovers Academy <academy@example.org>", "U14 trials",
        "Hi Karen,\n\nThe coaches were impressed at the tryouts and we'd like to invite Callum back for a second session with the squad on Wednesday at 6pm.\n\nCoach Martin")]
    [InlineData("Study Team <study@example.org>", "Screening visit",
        "Dear Mr Foster,\n\nThank you for your interest in our clinical trial. The next step is a screening interview with a research nurse on Monday at 9am. Participants receive £30 per visit.\n\nStudy team")]
    [InlineData("Comité científico <comite@example.es>", "Decisión sobre su ponencia",
        "Estimada Dra. Castro:\n\nLamentamos comunicarle que su ponencia no ha sido aceptada para el congreso.\n\nEl comité científico")]
    [InlineData("Programmacommissie <programma@example.nl>", "Besluit over je bijdrage",
        "Beste Sanne,\n\nHelaas is je bijdrage niet geselecteerd voor het congresprogramma. Het commentaar van de reviewers vind je in het systeem.\n\nDe programmacommissie")]
    [InlineData("Programmkomitee <programm@example.de>", "Ihr Beitrag zur Jahrestagung",
        "Sehr geehrter Herr Dr. Horn,\n\nleider konnte Ihr Beitrag nicht für das Hauptprogramm der Jahrestagung angenommen werden. Die Gutachten finden Sie im Tagungssystem.\n\nDas Programmkomitee")]
    [InlineData("Théâtre du Lavoir <troupe@example.fr>", "Audition",
        "Bonjour Élise,\n\nNous aimerions te revoir pour une seconde audition pour la troupe dimanche à 15h.\n\nLa troupe amateur")]
    public void A_place_a_slot_or_a_paper_that_is_not_a_job_is_not_an_event(string from, string subject, string body)
    {
        Assert.True(Cues.AboutANonJobOpportunity(subject, body), subject);
        var result = Classify(from, "reader@example.net", subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    // The same places hiring: the family must leave real job mail alone.
    [Theory]
    [InlineData("Kita Sonnenschein <leitung@example.de>", "Ihre Bewerbung als Erzieherin",
        "Liebe Frau Engel,\n\nvielen Dank für Ihre Bewerbung für unsere Krippengruppe. Hätten Sie Lust, nächste Woche zu einem Kennenlerngespräch und einer Hospitation vorbeizukommen?\n\nAndrea Böhm, Kitaleitung")]
    [InlineData("Kinderopvang De Vlinder <vacatures@example.nl>", "Je sollicitatie",
        "Beste Yara,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek op woensdag 24 juni om 10.00 uur op de dreumesgroep.\n\nTeam HR")]
    [InlineData("Festival Operations <jobs@example.org>", "Site Crew Supervisor",
        "Hi Kieran,\n\nThanks for applying to be a paid Site Crew Supervisor this summer. Unfortunately we've filled all the supervisor positions.\n\nFestival Operations")]
    [InlineData("Study Office <hr@example.org>", "Clinical Research Nurse – interview",
        "Dear Lena,\n\nThank you for applying for the Clinical Research Nurse post on our clinical trial. We would like to invite you to interview on 2 July at 11am.\n\nDr Hugh Bennett")]
    public void The_same_places_hiring_are_left_to_the_model(string from, string subject, string body)
    {
        Assert.False(Cues.AboutANonJobOpportunity(subject, body), subject);
        _ = from;
    }
}
