namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Everyday mail that uses the words of job mail, in the families the sixteenth session's everyday writers found (issue 9,
/// job-event precision): someone else's step towards a job (a friend asking to put the reader down as a referee, a
/// head-hunter's reference request, a student asking how the reader started, the reader named as the interviewer, a
/// colleague resigning, family news of someone else's new job), the reader's own job (next year's contract), and
/// decisions on things that are not jobs (a card, a revalidation, an award's judging, a school's list of places, a
/// bill, a volunteer's introductory talk), and an agency's mailing of many openings that asks for a CV to match. Each has
/// its job mail beside it, which stays job mail. Examples written here.
/// </summary>
public sealed class EverydayLookAlike16Tests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private const string Reader = "jo.kramer@postbox.com";

    private static EmailClassification Classify(string from, string subject, string body, string to = Reader) =>
        Classifier.Classify(new EmailInput(from, to, subject, body, DateTimeOffset.Parse("2026-10-05T09:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    [Theory]
    [InlineData("Aisling Kerr <aisling.kerr@mailhub.com>", "huge favour??",
        "Jo!!\n\nHope Lisbon is treating you well. Sooo I'm finally getting out of insurance 😅 I've applied for a data analyst job at a travel startup in Rotterdam and I'm through to the last stage. They want two referees and one of them has to be someone I worked with directly – would you be OK if I put you down? From the Galway days, when we were both at Brennock.\n\nIt'd just be a short phone call or a form, probably next week. Their recruiter is called Pieter, he'd email you.\n\nNo bother if not!! And I owe you a dinner at Christmas either way.\n\nA x")]
    [InlineData("Bram Visser <bramvisser@mailhub.com>", "favour?",
        "Hey Jo,\n\nLong time! Hope the Porto move is going well and the kids are settling in.\n\nBit of a cheeky ask — I've applied for a buyer job at a flower wholesaler in Aalsmeer and they want two references. Would you be OK being one of them, since you were my manager at Kroon back in the day? They'd probably just send you a short form.\n\nBeers on me next time you're in Utrecht.\n\nBram")]
    [InlineData("Chloé Vasseur <chloe.vasseur.pro@example.fr>", "Petit service ?",
        "Coucou Jo,\n\nJ'espère que Porto te traite bien ! Je postule pour un poste de coordinatrice logistique chez un brasseur à Lille et ils demandent deux personnes à contacter pour des références. Est-ce que je peux donner ton nom, vu qu'on a bossé ensemble sur le salon du livre pendant trois ans ?\n\nIls t'appelleraient peut-être la semaine prochaine, juste 10 minutes. Dis-moi si ça te dérange, pas de souci sinon !\n\nBises,\nChloé")]
    [InlineData("Jonas Brandt <j.brandt@example-search.de>", "Referenzanfrage zu Frau Selin Yilmaz",
        "Sehr geehrte Frau Kramer,\n\nFrau Selin Yilmaz hat sich bei unserem Mandanten auf die Position einer Teamleiterin Controlling beworben und Sie als Referenzgeberin genannt. Sie war nach ihren Angaben von 2022 bis 2025 in Ihrem Team bei der Hafenwerk Logistik GmbH tätig.\n\nWären Sie bereit, uns in einem kurzen Telefonat (ca. 10–15 Minuten) einige Fragen zu ihrer Arbeitsweise, ihren fachlichen Stärken und ihrer Zusammenarbeit im Team zu beantworten? Selbstverständlich behandeln wir Ihre Angaben vertraulich.\n\nIch bin diese Woche täglich zwischen 9 und 17 Uhr unter 030 555 12 34 erreichbar oder rufe Sie gern zu einer Zeit Ihrer Wahl an.\n\nVielen Dank und freundliche Grüße\nJonas Brandt\nPartner\nBrandt & Kohl – Executive Search")]
    public void A_friend_or_a_search_firm_asking_the_reader_for_a_reference_is_not_the_readers_application(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    [Theory]
    [InlineData("Daniel Osei <daniel.osei@student.eastbrook.ac.uk>", "Advice on starting a career in tax",
        "Dear Ms Kramer,\n\nMy name is Daniel and I'm in my final year of Economics and Accounting. My tutor, Dr Hale, suggested I contact you as an alumna who has worked in both tax advisory and industry.\n\nI have applications in for graduate tax programmes at two firms and I'm trying to decide whether advisory is the right first step or whether I should apply directly to in-house finance roles. Would you have 20 minutes for a short call in the next few weeks? I'd really appreciate your perspective.\n\nThank you for considering it.\n\nBest regards,\nDaniel Osei")]
    [InlineData("Lucía Ferrer <lucia.ferrer@alumnos.example.es>", "Una pregunta sobre tu carrera",
        "Hola Jo:\n\nEstoy en último curso de Administración y Dirección de Empresas y me gustaría hacer las prácticas en una consultora. La profesora Ruiz me pasó tu contacto. ¿Tendrías 15 minutos para una llamada y contarme cómo preparaste las entrevistas?\n\nMil gracias,\nLucía")]
    public void A_student_asking_how_the_reader_started_is_not_an_interview(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    [Theory]
    [InlineData("Greenhouse Calendar <calendar@example-greenhouse-mail.com>", "Invitation: Interview – Omar Haddad – System design",
        "You have been invited to the following event.\n\nInterview – Omar Haddad – System design\nWhen: Thursday 8 October 2026, 10:00 – 11:00\nWhere: Zoom\nPosition: Staff Engineer (Payments)\n\nInterviewers:\n  Jo Kramer – interviewer (you)\n  Lena Fox – shadow\n\nYou are receiving this because you are listed as an interviewer for this candidate.")]
    [InlineData("Marisol Vega <mvega@example.com.mx>", "Entrevistas almacenista – ¿me ayudas?",
        "Hola Jo,\n\nYa tenemos a los dos finalistas para el puesto de Almacenista. ¿Podrías entrevistarlos tú el jueves? Yo veo la parte de cultura y tú la técnica.\n\nTe paso los CVs.\n\nGracias,\nMarisol")]
    [InlineData("Femke de Vries <f.devries@example.nl>", "sollicitatiegesprekken chauffeurs",
        "Hoi Jo,\n\nDe uitzendbureau-kandidaten voor de chauffeursvacatures komen morgen tussen 10.00 en 12.00 uur voor een kort gesprek en een proefrit. Wil jij er om 11.00 uur even bij zijn voor de twee kandidaten voor de vaste plek? De rest doe ik wel.\n\nAls ze goed zijn kunnen ze maandag al beginnen, contracten liggen klaar bij Ingrid.\n\nGroetjes,\nFemke")]
    [InlineData("Sanne Koster <s.koster@example.com>", "Re: offer for Priya?",
        "Agreed, she was clearly the strongest. I'll ask HR to call Priya today and send the contract over.\n\nCan you let Mark know yourself?\n\nS.")]
    public void The_reader_on_the_hiring_side_is_not_the_candidate(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    [Theory]
    [InlineData("Dev Patel <dev.patel@mailhub.com>", "resignation",
        "Hi Jo,\n\nI wanted to tell you in person but you're in Porto this week, so I'm putting it in writing. I have accepted an offer from another company and will be handing in my notice today. My last day will be 30 November.\n\nThank you for everything these last three years — you gave me my first shift manager role and I learned a lot from you. I'll make sure the handover for the night shift is properly documented.\n\nDev")]
    [InlineData("Mum <mum.kramer@mailhub.com>", "News from home",
        "Hi love,\n\nJust a quick one, Dad is gone to bed. Great news – Ciara got the job at the Regional! She had the interview Tuesday and they rang her this morning with the offer, physio on the stroke ward, starting in March. She's over the moon, so send her a text when you get a chance.\n\nGranny is grand, the knee is healing.\n\nAre you still coming home for the christening in April? Let me know the flights and Dad will collect you.\n\nLove,\nMum xx")]
    public void A_colleague_leaving_or_family_news_of_someone_elses_job_is_not_the_readers_event(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    [Fact]
    public void Next_school_years_contract_from_the_readers_own_district_is_not_an_offer()
    {
        var result = Classify("Ridgeway USD Human Resources <hr@ridgeway.example.org>",
            "2027-28 Employment Contract - Action Required",
            "Dear Jo Kramer,\n\nYour individual employment contract for the 2027-28 school year is ready for review and electronic signature.\n\nAssignment: Teacher, Biology - Ridgeway High School\n\nPlease sign by May 14, 2027. If you intend to resign or retire at the end of this school year, please tell Human Resources in writing instead of signing.\n\nRidgeway Unified School District | Human Resources",
            "jo.kramer@ridgeway.example.org");

        Assert.True(result.Label == "none", Explain(result));
    }

    [Theory]
    [InlineData("Northbank Card Services <noreply@northbank.example.com>", "An update on your Northbank Gold application",
        "Dear Jo Kramer,\n\nThank you for applying for the Northbank Gold Mastercard.\n\nWe have reviewed your application and unfortunately we are unable to offer you a card at this time. Our decision was based on information in your credit file.\n\nYours sincerely,\nCard Services")]
    [InlineData("Pharmacy Register <noreply@pharmacy-register.example.com>", "Revalidation application received",
        "Dear Jo Kramer,\n\nRegistration number: 2211873\n\nWe have received your revalidation application. Thank you.\n\nWhat happens next\nYour application will now be processed. We may select your application for verification, in which case we will contact you within 48 hours asking for further information. Otherwise you will receive confirmation of your renewed registration within 10 working days.\n\nPlease make sure your annual fee has been paid, otherwise your registration will lapse.\n\nPharmacy Register\nThis is an automated email.")]
    [InlineData("Northern Care Awards <hello@northerncareawards.example.com>", "You've been shortlisted! Northern Care Awards 2026",
        "Dear Jo,\n\nCongratulations! We're delighted to tell you that you have been shortlisted in the Ward Manager of the Year category, following your nomination by Eastmoor Hospitals NHS Trust.\n\nThe judging panel will hold a short 15-minute interview with each finalist via video call on 3 or 4 November - please choose a slot using the link below.\n\nThe winners will be announced at the awards dinner at the Royal Hall, Harrogate, on 22 January 2027. Each finalist receives two complimentary tickets.\n\nBook your judging interview: northerncareawards.example.com/finalists\n\nWarm regards,\nThe Northern Care Awards team")]
    [InlineData("Agrupamento de Escolas do Vale <secretaria@aevale.pt>", "Matrícula 2027/2028 – lista de colocados",
        "Exmo. Encarregado de Educação,\n\nInformamos que foi publicada a lista de colocados para o 1.º ciclo no ano letivo 2027/2028.\n\nLamentamos informar que o aluno Tomás Kramer não obteve colocação na Escola Básica n.º 2, por falta de vagas para alunos fora da área de residência. A candidatura mantém-se em lista de espera (posição 4).\n\nPoderá apresentar reclamação no prazo de 5 dias úteis, através do Portal das Matrículas.\n\nCom os melhores cumprimentos,\nServiços Administrativos")]
    public void A_decision_on_a_card_a_registration_an_award_or_a_school_place_is_not_a_job_event(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    [Fact]
    public void A_bill_ready_to_view_is_not_a_job_event()
    {
        var result = Classify("Águas do Tejo <faturas@aguastejo.pt>", "A sua fatura de setembro está disponível",
            "Olá Jo,\n\nA sua fatura de água de setembro já está disponível na Área de Cliente.\n\nValor: 23,10 €\nData limite de pagamento: 20/10/2026\nPagamento por débito direto na conta terminada em 4471.\n\nSabia que pode poupar com a fatura eletrónica? Saiba mais.\n\nÁguas do Tejo");

        Assert.True(result.Label == "none", Explain(result));
    }

    [Theory]
    [InlineData("Kieran Doyle <kieran.doyle@brightpathcare-staffing.com>", "Quick question Jo",
        "Hi Jo,\n\nI came across your profile and I'm really impressed with your theatre background. I'm currently working with a number of NHS and private hospitals across the Midlands and have multiple Band 5 and Band 6 opportunities that could be a great fit - permanent, locum and bank.\n\nAre you open to hearing about new roles? If so, send me your up-to-date CV and let me know your availability for a quick chat, and I'll match you with the best positions.\n\nBest,\nKieran\n\nKieran Doyle | Senior Recruitment Consultant | Brightpath Care Staffing\nIf you no longer wish to receive emails from Brightpath, reply STOP.")]
    [InlineData("Nexo Talento Logístico <oportunidades@nexotalento.es>", "Jo, ¿te interesa dar el siguiente paso en tu carrera?",
        "Hola Jo:\n\nEn Nexo Talento Logístico seguimos creciendo y tenemos más de 30 procesos abiertos para perfiles de operaciones en Madrid, Zaragoza y Sevilla:\n\n→ Jefes/as de almacén\n→ Responsables de transporte\n→ Planificadores/as de demanda\n\nSi estás abierto/a a escuchar propuestas, actualiza tu CV en nuestra web y uno de nuestros consultores se pondrá en contacto contigo.\n\n¡Mucho éxito!\nEl equipo de Nexo\n\nRecibes este correo porque te registraste en nuestra base de candidatos. Darse de baja.")]
    public void An_agencys_mailing_of_many_openings_asking_for_a_cv_is_a_job_alert(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    [Fact]
    public void A_volunteer_reading_mentors_introductory_talk_is_not_a_job_interview()
    {
        // "du kannst uns alle Fragen stellen": the verb, written small, names no job.
        var result = Classify("Leselust Hamburg e.V. <ehrenamt@leselust-hamburg.de>", "Deine Bewerbung als Lesepatin – Einladung zum Kennenlerngespräch",
            "Hallo Jo,\n\nvielen Dank für deine Bewerbung als ehrenamtliche Lesepatin! Wir freuen uns sehr, dass du Kindern an einer Grundschule in Altona einmal pro Woche vorlesen möchtest.\n\nGern möchten wir dich bei einem kurzen Kennenlerngespräch besser kennenlernen. Dabei erzählen wir dir, wie die Lesestunden ablaufen, und du kannst uns alle Fragen stellen. Vorschlag:\n\nMittwoch, 14. Oktober, 17:30 Uhr, in unserem Büro in der Bahrenfelder Straße 12\n\nVor dem ersten Einsatz brauchen wir noch ein erweitertes Führungszeugnis. Das Ehrenamt ist unentgeltlich, Fahrtkosten erstatten wir.\n\nPasst dir der Termin?\n\nLiebe Grüße\nSanja Petrović\nKoordination Ehrenamt, Leselust Hamburg e.V.");

        Assert.True(result.Label == "none", Explain(result));
    }

    // The job mail beside each family: the reader is the candidate, so the event stays.
    [Theory]
    [InlineData("Harcastle Brewing Careers <careers@harcastle.example.com>", "Your application – Logistics Coordinator",
        "Dear Jo,\n\nThank you for your application for the Logistics Coordinator role. We would like to invite you to an interview on Tuesday 13 October at 10:00 at our Leeds site. Please bring two references' contact details.\n\nKind regards,\nHarcastle Brewing Recruitment", "interviewing")]
    [InlineData("Northbank Careers <careers@northbank.example.com>", "Credit Risk Analyst – next steps",
        "Dear Jo,\n\nThank you for applying for the Credit Risk Analyst position. We are pleased to invite you to a video interview on 14 October. As this is a regulated role, a credit history check forms part of our pre-employment screening.\n\nNorthbank Talent Team", "interviewing")]
    [InlineData("Ridgeway USD Human Resources <hr@ridgeway.example.org>", "Offer of employment – Biology Teacher",
        "Dear Jo Kramer,\n\nWe are delighted to offer you the position of Biology Teacher at Ridgeway High School for the 2027-28 school year, with a start date of 16 August 2027. Your offer letter is attached.\n\nRidgeway Unified School District | Human Resources", "offer")]
    [InlineData("Tidewater Logistics <people@tidewater.example.com>", "Good news",
        "Hi Jo,\n\nGreat news - you got the job! We are delighted to offer you the role of Warehouse Supervisor, starting on 2 November. Your offer letter is attached.\n\nBest,\nClaire, People Team", "offer")]
    [InlineData("Kieran Doyle <kieran.doyle@brightpathcare-staffing.com>", "Theatre Sister role at St Aldhelm's - interview Thursday?",
        "Hi Jo,\n\nThanks for sending your CV last week. The theatre manager at St Aldhelm's Hospital has read it and would like to interview you for the Band 6 Theatre Sister post on Thursday at 2pm. I also have a number of other Band 6 opportunities if this one isn't right.\n\nCan you confirm Thursday works, and send me your up-to-date CV so I can pass it on?\n\nBest,\nKieran\n\nKieran Doyle | Senior Recruitment Consultant | Brightpath Care Staffing\nIf you no longer wish to receive emails from Brightpath, reply STOP.", "interviewing")]
    [InlineData("Leselust Hamburg e.V. <ehrenamt@leselust-hamburg.de>", "Ihre Bewerbung als Koordinatorin Ehrenamt – Einladung zum Vorstellungsgespräch",
        "Hallo Frau Kramer,\n\nvielen Dank für Ihre Bewerbung auf unsere Stelle als Koordinatorin für unsere ehrenamtlichen Lesepatinnen und Lesepaten (30 Stunden, TV-L E9). Gern möchten wir Sie zu einem Vorstellungsgespräch einladen, in dem Sie uns auch alle Fragen stellen können:\n\nMittwoch, 14. Oktober, 17:30 Uhr, in unserem Büro in der Bahrenfelder Straße 12\n\nPasst Ihnen der Termin?\n\nViele Grüße\nSanja Petrović\nLeselust Hamburg e.V.", "interviewing")]
    public void The_matching_job_mail_stays_job_mail(string from, string subject, string body, string expected)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == expected, Explain(result));
    }
}
