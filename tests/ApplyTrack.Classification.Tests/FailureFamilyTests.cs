namespace ApplyTrack.Classification.Tests;

/// <summary>
/// The six failure families of issue 9, each with examples written for this test (not drawn from any data set),
/// in each language where the family applies, against the committed model.
/// </summary>
public sealed class FailureFamilyTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "Sam Rivera <sam.rivera@example.com>", subject, body, DateTimeOffset.Parse("2026-05-04T09:00:00Z")));

    // 1. A person setting up a conversation or a work sample, with no ATS wording.
    [Theory]
    [InlineData("Megan Ortiz <megan@ortizbakehouse.com>", "coffee next week?",
        "Hi Sam,\n\nThanks for sending over your CV for the assistant manager job. I liked what I saw. Could you come by the shop on Tuesday or Wednesday afternoon for a chat with me and my business partner? Half an hour should do it.\n\nMegan\nOrtiz Bakehouse")]
    [InlineData("Dr. Paul Whitlock <p.whitlock@lindenvale-clinic.org>", "Receptionist post",
        "Dear Sam,\n\nI've read your application for the receptionist post and would like to have a short phone call with you before we go further. What times would work for you on Thursday?\n\nKind regards,\nPaul Whitlock\nPractice Manager, Lindenvale Clinic")]
    [InlineData("Ines Varga <ines@brightquill.co>", "Next step: a short editing test",
        "Hi Sam,\n\nGreat talking to you yesterday. As a next step we'd like you to do a short editing test: two pages of copy to tighten, about an hour of work, back to us by Friday. I've attached the brief.\n\nBest,\nInes\nManaging Editor, Brightquill")]
    [InlineData("Jonas Feld <jonas.feld@feld-tischlerei.de>", "Ihre Bewerbung als Tischler",
        "Hallo Herr Rivera,\n\ndanke für Ihre Unterlagen. Hätten Sie Lust, nächste Woche für einen Probetag in die Werkstatt zu kommen? Dann lernen Sie das Team kennen und wir sehen, wie Sie arbeiten. Passt Ihnen Dienstag?\n\nViele Grüße\nJonas Feld")]
    [InlineData("Claire Dubois <claire@atelier-dubois.fr>", "Votre candidature",
        "Bonjour Sam,\n\nMerci pour votre candidature au poste d'assistant de production. J'aimerais qu'on échange par téléphone cette semaine pour faire connaissance. Quelles sont vos disponibilités jeudi ou vendredi ?\n\nClaire Dubois\nAtelier Dubois")]
    [InlineData("Lucía Herrera <lucia@cafeteriasol.es>", "¿Hablamos?",
        "Hola Sam,\n\nHe visto tu currículum para el puesto de encargado y me gustaría conocerte. ¿Te viene bien pasarte el miércoles por la tarde para charlar un rato? Si no, dime qué día te va mejor.\n\nUn saludo,\nLucía")]
    [InlineData("Pieter de Wit <pieter@dewitinstallatie.nl>", "Je sollicitatie",
        "Hoi Sam,\n\nLeuk dat je gereageerd hebt op de vacature voor monteur. Zullen we een keer kennismaken? Kom gerust donderdag langs op de werkplaats voor een kopje koffie. Laat maar weten of dat lukt.\n\nGroet,\nPieter de Wit")]
    [InlineData("Ana Souza <ana@padariaboavista.com.br>", "Sua candidatura",
        "Oi Sam,\n\nVi seu currículo para a vaga de atendente e gostei muito. Você pode vir na loja na quinta-feira para uma conversa rápida? Me diga qual horário fica melhor.\n\nAbraço,\nAna")]
    public void Person_written_interview_set_up_is_interviewing(string from, string subject, string body)
    {
        Assert.Equal("interviewing", Classify(from, subject, body).Label);
    }

    // 2. Informal offers.
    [Theory]
    [InlineData("Rachel Kim <rachel.kim@tallpinesoftware.com>", "Following up on our call",
        "Hi Sam,\n\nAs promised, here's the recap of what we discussed on the phone: we'd love to have you join as Support Lead, $68,000 base plus the usual benefits, starting June 1. I'll send the formal paperwork once you say yes.\n\nRachel")]
    [InlineData("Office of Faculty Affairs <faculty@westmere.edu>", "Offer of appointment",
        "Dear Dr. Rivera,\n\nOn behalf of the Department of History I am pleased to offer you an appointment as Assistant Professor, beginning August 15, at an annual salary of $81,500. Please return the signed letter by May 20.\n\nSincerely,\nDean of Arts and Sciences")]
    [InlineData("Nora Lindqvist <nora@lindqvistdesign.se>", "Contract ready",
        "Hi Sam,\n\nGreat news, the client signed off, so the role is yours if you want it. The contractor agreement is ready to sign: 3 months, 40 hours a week, at the day rate we talked about. Let me know and I'll send it over.\n\nNora")]
    [InlineData("Katrin Weber <katrin.weber@weber-logistik.de>", "Gute Nachrichten",
        "Hallo Sam,\n\nwie am Telefon besprochen möchten wir Ihnen gerne die Stelle als Disponent anbieten: 48.000 € im Jahr, Start am 1. Juli. Den Vertrag schicke ich Ihnen morgen zu.\n\nBeste Grüße\nKatrin Weber")]
    [InlineData("Marc Lefèvre <marc@lefevre-conseil.fr>", "Bonne nouvelle",
        "Bonjour Sam,\n\nSuite à nos échanges, nous souhaitons vous proposer le poste de consultant junior en CDI, 38 000 € brut annuel, à partir du 1er septembre. Nous serions ravis de vous accueillir dans l'équipe.\n\nMarc")]
    [InlineData("Diego Ramos <diego@ramosyasociados.es>", "Buenas noticias",
        "Hola Sam,\n\nDespués de hablarlo con el equipo, queremos ofrecerte el puesto de administrativo a jornada completa, 24.000 € brutos al año, con incorporación el 3 de junio. ¿Qué te parece?\n\nDiego")]
    [InlineData("Femke Jansen <femke@jansenzorg.nl>", "Goed nieuws",
        "Hoi Sam,\n\nNa ons gesprek van gisteren willen we je graag de functie van teamleider aanbieden, 32 uur per week, per 1 augustus. Het contract volgt deze week.\n\nGroet,\nFemke")]
    [InlineData("Rafael Lima <rafael@limaconstrutora.com.br>", "Boa notícia",
        "Olá Sam,\n\nConversamos com a diretoria e queremos te oferecer a vaga de engenheiro de obras, salário de R$ 12.000 por mês, início em 1º de julho. Me confirma se topa?\n\nRafael")]
    public void Informal_offer_is_an_offer(string from, string subject, string body)
    {
        Assert.Equal("offer", Classify(from, subject, body).Label);
    }

    // 3. Personal and third-party rejections.
    [Theory]
    [InlineData("Tom Haddad <tom.haddad@keystaffing.co.uk>", "Re: Finance Assistant - Morrow & Bell",
        "Hi Sam,\n\nI've just heard back from Morrow & Bell. They really liked you, but they've decided to go with another candidate who has more payroll experience. I'm sorry it wasn't better news; I'll keep you in mind for the next one.\n\nTom")]
    [InlineData("Priya Nair <priya.nair@harbourlight.org>", "Programme Officer role",
        "Dear Sam,\n\nThank you for your time last week. I'm writing to let you know that the Programme Officer role has been put on hold because of a funding freeze, so we won't be able to take your application further for now.\n\nWith best wishes,\nPriya")]
    [InlineData("Hannah Cole <hannah.cole@fenwickmedia.com>", "Thank you",
        "Hi Sam,\n\nThank you so much for coming in and for the thought you put into the presentation. We enjoyed it.\n\nIn the end the role was filled internally, by someone already on the team, so we won't be moving ahead. I'd be glad to stay in touch.\n\nHannah")]
    [InlineData("Stefan Vogel <stefan.vogel@vogel-bau.de>", "Ihre Bewerbung",
        "Hallo Herr Rivera,\n\nvielen Dank für das nette Gespräch. Die Stelle wurde inzwischen intern besetzt, deshalb können wir Ihnen leider keine Zusage geben.\n\nViele Grüße\nStefan Vogel")]
    [InlineData("Julie Martin <julie@martin-recrutement.fr>", "Poste chez Solvane",
        "Bonjour Sam,\n\nJe reviens vers vous concernant le poste chez Solvane : malheureusement, le client a décidé de retenir un autre profil. Je garde votre candidature pour d'autres opportunités.\n\nJulie")]
    [InlineData("Carmen Ruiz <carmen@ruizconsultores.es>", "Proceso",
        "Hola Sam,\n\nTe escribo para contarte que la vacante se ha congelado por una congelación de contrataciones, así que no podremos seguir adelante con tu candidatura. Siento no traer mejores noticias.\n\nCarmen")]
    [InlineData("Bas Visser <bas@vissertechniek.nl>", "Vacature monteur",
        "Hoi Sam,\n\nBedankt voor je tijd vorige week. Helaas is de vacature intern ingevuld, dus we gaan niet verder met je sollicitatie. Succes met zoeken!\n\nBas")]
    [InlineData("Júlia Rocha <julia@rochaedu.com.br>", "Vaga de coordenador",
        "Oi Sam,\n\nObrigada pela conversa. Infelizmente a vaga foi preenchida por um candidato interno, então não vamos seguir com o seu processo.\n\nAbraço,\nJúlia")]
    public void Personal_and_relayed_rejection_is_a_rejection(string from, string subject, string body)
    {
        Assert.Equal("rejected", Classify(from, subject, body).Label);
    }

    // 4. Receipts whose policy text names what happens if the answer is no.
    [Theory]
    [InlineData("Careers at Holloway Health <careers@hollowayhealth.org>", "We have your application",
        "Dear Sam,\n\nThank you for applying for the Ward Clerk vacancy. We have received your application. If we decide not to proceed with your application we will let you know by email; if you have not heard from us within three weeks, please assume you have not been shortlisted on this occasion.\n\nHolloway Health Recruitment")]
    [InlineData("Personal <personal@nordhafen.de>", "Eingangsbestätigung",
        "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter. Ihre Unterlagen sind bei uns eingegangen. Sollten wir uns gegen Ihre Bewerbung entscheiden, erhalten Sie selbstverständlich eine Nachricht von uns.\n\nIhr Personalteam")]
    [InlineData("Recrutement Verdane <recrutement@verdane.fr>", "Accusé de réception",
        "Bonjour,\n\nNous avons bien reçu votre candidature au poste de comptable. Si nous ne donnons pas suite à votre candidature, nous vous en informerons par e-mail dans les meilleurs délais.\n\nL'équipe Verdane")]
    [InlineData("Empleo Alcora <empleo@alcora.es>", "Candidatura recibida",
        "Hola Sam,\n\nHemos recibido tu candidatura para el puesto de técnico de soporte. Si finalmente decidimos no continuar con tu proceso, te lo comunicaremos por correo.\n\nEquipo de Selección")]
    [InlineData("Werving Kroon <werving@kroonzorg.nl>", "Ontvangstbevestiging sollicitatie",
        "Beste Sam,\n\nBedankt voor je sollicitatie als verzorgende. We hebben je sollicitatie goed ontvangen. Als we besluiten om niet verder te gaan, laten we je dat binnen twee weken weten.\n\nMet vriendelijke groet")]
    [InlineData("Vagas Aurora <vagas@aurora.com.br>", "Candidatura recebida",
        "Olá Sam,\n\nRecebemos sua candidatura para a vaga de analista financeiro. Caso não seja selecionado para a próxima etapa, você receberá um e-mail nosso.\n\nEquipe Aurora")]
    public void Receipt_naming_a_possible_no_is_a_receipt(string from, string subject, string body)
    {
        Assert.Equal("applied", Classify(from, subject, body).Label);
    }

    // 5. Look-alikes: applications, interviews and offers that are not the reader's own job application.
    [Theory]
    [InlineData("Graduate Admissions <admissions@crestfield.edu>", "Your MBA application has been received",
        "Dear Sam,\n\nThank you for submitting your application to the Crestfield MBA programme. Your application is complete and will be reviewed by the admissions committee. Decisions are released in March.\n\nOffice of Admissions")]
    [InlineData("Riverbend Food Bank <volunteer@riverbendfoodbank.org>", "Thanks for signing up!",
        "Hi Sam,\n\nThanks for applying to volunteer with us! Your volunteer shift application for Saturday mornings has been received and a coordinator will confirm your first shift soon.\n\nRiverbend Food Bank")]
    [InlineData("Lena Park <lena.park@thedailyledger.com>", "Interview request for a story on remote work",
        "Hi Sam,\n\nI'm a reporter at The Daily Ledger working on a story about people who switched careers during the pandemic. Would you be open to a 20-minute interview for the piece next week?\n\nThanks,\nLena Park")]
    [InlineData("Mark Ellis <mark.ellis@brooksidetech.com>", "Reference for Jamie Chen",
        "Hi Sam,\n\nJamie Chen has applied for a role on my team and gave your name as a referee. Could you spare 15 minutes for a quick reference check call this week?\n\nThanks,\nMark")]
    [InlineData("Olivia Grant <olivia.grant@copperlinehr.com>", "Interview panel on Thursday",
        "Hi Sam,\n\nWe've shortlisted three candidates for the Operations Analyst opening in your team. Could you sit on the interview panel on Thursday from 10 to 1? I'll send the CVs and the interview scorecard tomorrow.\n\nOlivia")]
    [InlineData("Code Summit Academy <hello@codesummit.io>", "Land job offers in 12 weeks",
        "Our bootcamp graduates get interviews at top companies and multiple job offers. Enrol now for the spring cohort and save 20%. Limited spots! Unsubscribe")]
    [InlineData("Kreditkarten-Service <service@nordbank.de>", "Ihr Antrag ist eingegangen",
        "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihren Antrag auf eine Kreditkarte. Wir prüfen Ihre Angaben und melden uns innerhalb von fünf Werktagen.\n\nIhre Nordbank")]
    [InlineData("Sophie Laurent <sophie.laurent@podcast-carrieres.fr>", "Invitation à notre podcast",
        "Bonjour Sam,\n\nNous préparons un épisode de notre podcast sur les reconversions et aimerions vous interviewer pendant 30 minutes. Seriez-vous disponible le mois prochain ?\n\nSophie")]
    public void Look_alike_is_not_an_application_event(string from, string subject, string body)
    {
        Assert.Equal("none", Classify(from, subject, body).Label);
    }

    // 6. Targeted recruiter outreach is Interviewing; a blast or a platform's message notice is not.
    [Theory]
    [InlineData("Grace Okafor <grace.okafor@meridianwater.com>", "Asset Engineer at Meridian Water",
        "Hi Sam,\n\nI lead recruiting at Meridian Water. Your work on the pump station upgrade at Halden came up when I was talking to our Head of Assets, and we have an Asset Engineer opening on his team that I think fits you well. Would you be open to a 20-minute call this week to talk it through?\n\nBest,\nGrace Okafor\nTalent Lead, Meridian Water")]
    [InlineData("Felix Brandt <felix.brandt@kornfeld-gruppe.de>", "Teamleitung Controlling bei Kornfeld",
        "Hallo Herr Rivera,\n\nich bin Recruiterin bei der Kornfeld Gruppe und bin über Ihr Profil auf Ihre Erfahrung im Konzerncontrolling gestoßen. Für unsere Teamleitung Controlling in Hamburg wären Sie aus meiner Sicht sehr spannend. Hätten Sie Zeit für ein kurzes Telefonat?\n\nViele Grüße\nFelix Brandt")]
    [InlineData("Amélie Roux <amelie.roux@opaline.fr>", "Poste de cheffe de projet chez Opaline",
        "Bonjour Sam,\n\nJe suis chargée de recrutement chez Opaline. Votre parcours dans l'événementiel m'a beaucoup plu et nous recrutons une cheffe de projet pour notre agence de Lyon. Seriez-vous disponible pour un premier échange téléphonique cette semaine ?\n\nAmélie Roux")]
    public void Targeted_outreach_is_interviewing(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.Equal("interviewing", result.Label);
        Assert.Equal("recruiter_outreach", result.Event);
    }

    [Theory]
    [InlineData("Rahul Verma <rahul.v@apexstaffingsolutions.com>", "Immediate need: Java Developer - Remote - C2C",
        "Hi Sam,\n\nHope you are doing well. I found your resume on one of the job boards. We have an urgent requirement with one of our top clients.\n\nJob Title: Java Developer\nLocation: Remote\nDuration: 12 months\nPay rate: $55/hr on C2C\n\nIf this is not for you, please refer someone who may be interested.\n\nThanks,\nRahul Verma")]
    [InlineData("Bright Path Recruitment <jobs@brightpathrecruit.co.uk>", "This week's hot jobs",
        "Hi Sam,\n\nWe're currently recruiting for the following roles:\n- Warehouse Operative, Leeds, £12.40/hr\n- Forklift Driver, Wakefield, £14/hr\n- Team Leader, Bradford, £28k\n- Cleaner, Leeds, £12.21/hr\n\nImmediate starts available. Reply with your CV.\n\nTo unsubscribe reply STOP")]
    [InlineData("Daniel Ross via Linkstream <messages-noreply@linkstream.com>", "Daniel just messaged you",
        "You have 1 new message\n\nDaniel Ross (Senior Recruiter at Northwind)\n\nView message\n\nThis email was intended for Sam Rivera. Unsubscribe")]
    public void Agency_blast_and_message_notice_are_job_alerts(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.Equal("none", result.Label);
    }
}
