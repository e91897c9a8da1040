using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, sixteenth round: names a mail offers that are no employer's (the role with its grade, a competition
/// and its number, a programme's year, a membership, a legal form alone, a lower-case article), a public body by its
/// whole name, and the client an agency names at the end of a Dutch or German sentence, for a process, or as where it
/// submitted the reader. Every example but one is invented for these tests; the legal-form case is a blind tuning
/// email with its names changed (the blind files are ours, never the devset).
/// </summary>
public sealed class CompanyFamily16Tests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    [Fact]
    public void The_role_with_its_grade_is_not_the_employer() =>
        SameName("Kestrel Minerals", Company("Kestrel Minerals Careers <careers@hire.lever.co>", "Kestrel Minerals | Application confirmation – Mine Planning Engineer II",
            "Hello Robin,\n\nThank you for applying for the Mine Planning Engineer II position with our Technical Services team in Perth. This message confirms we've received your application.\n\nTalent Acquisition\nKestrel Minerals Corp.\nLevel 9, 100 St Georges Tce, Perth"));

    [Fact]
    public void A_competition_and_its_number_is_not_the_employer() =>
        SameName("Harbourview College", Company("Harbourview College – Employment <hr-noreply@hvcollege.ca>", "HVC Competition 26-118 – Status Update",
            "Dear Applicant,\n\nRe: Competition 26-118, Instructor, Carpentry\n\nThe hiring committee has reviewed all applications, and we regret to inform you that you have not been selected for an interview.\n\nHuman Resources\nHarbourview College"));

    [Theory]
    [InlineData("Province of Nova Vesta – Careers <noreply@jobs.novavesta.ca>", "Competition 77120 – Screening Results",
        "Dear Robin,\n\nThank you for your interest in Competition 77120, Policy Analyst. Your application did not demonstrate the essential qualifications, so you will not be considered further.\n\nPublic Service Commission\nProvince of Nova Vesta\nOne Government Place, Halifax", "Province of Nova Vesta")]
    [InlineData("State of Westmark Careers <careers@westmark.gov>", "Interview – Budget Analyst",
        "Dear Robin,\n\nWe would like to invite you to an interview for the Budget Analyst position on Monday at 10am.\n\nDepartment of Finance\nState of Westmark", "State of Westmark")]
    public void A_provinces_or_states_public_body_keeps_its_whole_name(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Fact]
    public void The_year_of_a_programme_after_the_name_is_not_the_names() =>
        SameName("Eastern Rail Networks", Company("Eastern Rail Networks Graduates <graduates@easternrail.com.au>", "Eastern Rail Networks 2027 Graduate Program – your application",
            "Dear Robin,\n\nThank you for completing the online assessment for the Eastern Rail Networks 2027 Graduate Program.\n\nWe regret that we are unable to progress you to the assessment centre stage.\n\nKind regards,\nEarly Careers Team"));

    [Theory]
    [InlineData("Joyce Mulder <j.mulder@snelwerk-uitzendbureau.nl>", "RE: Planner Magazijn Breda",
        "Hoi Robin,\n\nHelaas geen goed nieuws: ik heb net de terugkoppeling van de klant gekregen. Westpolder Koelvervoer heeft voor de functie Planner Magazijn gekozen voor iemand met meer WMS-ervaring.\n\nIk houd je op de hoogte!\n\nGroetjes,\nJoyce\n\nJoyce Mulder | Intercedent | Snelwerk Uitzendbureau", "Westpolder Koelvervoer")]
    [InlineData("Timo Berger <t.berger@personalpartner-sued.de>", "Ihre Bewerbung – Disponent",
        "Hallo Robin,\n\nich habe heute die Rückmeldung bekommen: Brenner Kühllogistik hat sich für die Stelle als Disponent leider für einen anderen Kandidaten entschieden.\n\nViele Grüße\nTimo Berger\nPersonalberater | Personalpartner Süd", "Brenner Kühllogistik")]
    public void An_agencys_client_whose_decision_closes_the_sentence_is_the_employer(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Fact]
    public void An_article_the_sentence_writes_in_lower_case_is_not_the_names() =>
        SameName("Ferris Archive", Company("Maud Ferris <maud.ferris@outlook.com>", "Re: Archivist role at the Ferris Archive",
            "Robin, it was lovely to show you round on Thursday. I'd really like you to take on the cataloguing, 3 days a week as we discussed, starting whenever you can.\n\nMaud"));

    [Fact]
    public void A_role_read_twice_is_not_the_employer() =>
        SameName("Instituto de Biomedicina Ribera", Company("Selección de Personal – Instituto de Biomedicina Ribera <seleccion@ibr.es>", "Convocatoria segunda fase – Técnico/a de Laboratorio (Ref. IBR-2026-07)",
            "Estimada Robin:\n\nNos complace comunicarle que ha superado la fase de valoración de méritos del proceso de selección para la plaza de Técnico/a de Laboratorio en la Unidad de Genómica.\n\nLe convocamos a la entrevista personal el martes 10 de marzo a las 12:00 h.\n\nUn cordial saludo,\n\nUnidad de Recursos Humanos\nInstituto de Biomedicina Ribera"));

    [Fact]
    public void A_membership_in_the_footer_is_not_the_employer() =>
        SameName("Forschungszentrum Lindenau", Company("Forschungszentrum Lindenau – Personalabteilung <personal@fz-lindenau.de>", "Ihre Einstellung als Wissenschaftliche Mitarbeiterin – Zusage",
            "Sehr geehrte Frau Ashdown,\n\nwir bieten Ihnen die Stelle als Wissenschaftliche Mitarbeiterin an, Beginn zum 1. September 2026.\n\nMit freundlichen Grüßen\ni. A. Petra Lindner\nPersonalabteilung\n\nForschungszentrum Lindenau GmbH · Mitglied der Helmholtz-Gemeinschaft\nGeschäftsführung: Prof. Dr. Bernd Albrecht · Sitz: Lindenau"));

    [Fact]
    public void The_client_an_agency_submitted_the_reader_to_is_the_employer() =>
        SameName("St. Oswin's Medical Center", Company("Dana Reyes | NurseBridge Staffing <dreyes@nursebridgestaffing.com>", "Submitted! St. Oswin's Travel RN - PACU (13 wks)",
            "Hey Robin,\n\nQuick note to confirm I submitted your profile to St. Oswin's Medical Center for the 13-week PACU travel contract. Their nurse manager usually reviews within 48-72 hrs.\n\nDana Reyes\nSenior Travel Recruiter\nNurseBridge Staffing"));

    [Fact]
    public void A_legal_form_alone_is_no_name() =>
        SameName("Ingeniería Costamar", Company("Ingeniería Costamar <careers@costamar-ing.com>", "Actualización sobre tu candidatura – Ingeniero/a de Proyectos Eléctricos",
            "Hola Robin,\n\nQueremos agradecerte el tiempo y el interés que has dedicado a nuestro proceso para la posición de Ingeniero/a de Proyectos Eléctricos en nuestra oficina de Bilbao.\n\nTe escribimos para informarte de que la posición ha quedado cancelada por una reorganización interna del área de Renovables, por lo que no continuaremos con el proceso. Lamentamos las molestias.\n\nGracias de nuevo y mucha suerte,\n\nEquipo de Talento\nIngeniería Costamar, S.A.\nAlameda de Urquijo 31 – 48008 Bilbao\nIngeniería Costamar, S.A. – Registro Mercantil de Bizkaia, Tomo 6.118, Folio 22, Hoja BI-60417"));

    [Fact]
    public void The_client_a_portuguese_agency_names_for_the_process_is_the_employer() =>
        SameName("Atacadão Sertão Mix", Company("Renata Lopes | RH Talentos Natal <renata@rhtalentos-natal.com.br>", "Retorno – vaga Supervisor de Loja",
            "Oi Robin, boa tarde!\n\nPassando para dar o retorno sobre o processo de Supervisor de Loja no Atacadão Sertão Mix. Infelizmente o cliente optou por seguir com outro candidato.\n\nAbraço,\nRenata Lopes\nConsultora de Recrutamento e Seleção\nRH Talentos Natal"));
}
