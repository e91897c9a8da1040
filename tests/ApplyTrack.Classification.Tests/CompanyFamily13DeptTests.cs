using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, thirteenth round (blind-written mail): a department, a programme, a place in an address line or
/// the signer is never the employer. Every example is invented for these tests;
/// the comparison is the evaluation's (lower-case letters and digits).
/// </summary>
public sealed class CompanyFamily13DeptTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    [Theory]
    // "Person (Firm)": the firm in brackets.
    [InlineData("Inès (Studio Ardoise) <ines@studioardoise.example.fr>", "Re: Candidature graphiste",
        "Salut Robin,\n\nMerci pour ton dossier. On part sur un profil plus junior pour ce poste, désolée.\n\nBonne continuation,\nInès\nCo-fondatrice – Studio Ardoise, Lyon", "Studio Ardoise")]
    // A surname's particles: the signer, then the firm.
    [InlineData("Joost van der Meer <joost@vdmeer-bouw.example.nl>", "Sollicitatie werkvoorbereider",
        "Hallo Robin,\n\nDank voor je sollicitatie. Zullen we volgende week dinsdag om 10.00 uur kennismaken?\n\nGroet,\nJoost van der Meer\nOperationeel manager\nVan der Meer Bouw B.V.\nIndustrieweg 4 · 2000 AA Haarlem", "Van der Meer Bouw")]
    public void The_signer_is_not_the_employer(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    // The office in the display name is the employer's Personalamt.
    [InlineData("Kreisverwaltung Talheim – Personalamt <personalamt@kv-talheim.example.de>", "Ihre Bewerbung um die Stelle Sachbearbeitung Wohngeld",
        "Sehr geehrte Frau Ashdown,\n\nnach Abschluss des Auswahlverfahrens müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\n\nSachgebiet 12 – Personal\nKreisverwaltung Talheim · Marktplatz 3 · 74388 Talheim", "Kreisverwaltung Talheim")]
    // A team of human resources in the display name is in-house, not an agency.
    [InlineData("Gerencia de Talento Humano – Banco Sierra Alta <talento.humano@bsa-banco.example.es>", "Carta oferta – Especialista en Riesgo Operativo",
        "Apreciada Robin:\n\nNos complace informarle que el Banco Sierra Alta le ofrece el cargo de Especialista en Riesgo Operativo, con incorporación el 4 de mayo.\n\nCordialmente,\n\nGerente de Talento Humano\nBanco Sierra Alta S.A.", "Banco Sierra Alta")]
    // A department of the university that the body names the offer in.
    [InlineData("Servicio de Personal – Universidad de Montaraz <personal@umontaraz.example.es>", "Oferta de contrato – Técnico/a de Laboratorio, Dpto. Física Aplicada",
        "Estimada Robin:\n\nLe comunicamos que se le ofrece un contrato de interinidad en el Departamento de Física Aplicada, con incorporación prevista el 15 de julio.\n\nAtentamente,\nServicio de Personal\nUniversidad de Montaraz · Campus Norte s/n", "Universidad de Montaraz")]
    public void A_department_or_office_gives_way_to_its_organisation(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    // A country at the end of the employer's own footer line.
    [InlineData("Bergkäse Tirol via Personio <no-reply@bergkaese-tirol.jobs.personio.de>", "Danke für deine Bewerbung bei Bergkäse Tirol!",
        "Hallo Robin,\n\nschön, dass du dich für die Position Lagerlogistik (m/w/d) bei uns interessierst! Wir melden uns innerhalb von zehn Arbeitstagen.\n\nLiebe Grüße aus Innsbruck\ndein Recruiting-Team\n\nBergkäse Tirol eGen · Dorfplatz 4 · 6020 Innsbruck · Österreich\nFN 220114 k, Landesgericht Innsbruck", "Bergkäse Tirol")]
    // A pool of posts with its year is the hospital's programme.
    [InlineData("Selección de Personal – Hospital Virgen del Alba <seleccion@hvalba.example.es>", "Confirmación de recepción de solicitud – Bolsa de Fisioterapia 2027",
        "Estimada Sra. Ashdown:\n\nLe confirmamos que hemos recibido correctamente su solicitud para el puesto de Fisioterapeuta (Bolsa de Fisioterapia 2027).\n\nAtentamente,\n\nUnidad de Selección\nDirección de Recursos Humanos\nHospital Virgen del Alba\nC/ Mayor 3 · 46015 Valdeluz", "Hospital Virgen del Alba")]
    public void A_place_or_a_programme_is_not_the_employer(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));
}
