using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, fifth round: a display name that goes on past the employer's name (a team, a campus office, a
/// department) or opens with the team's word. Every example is invented for these tests; the comparison is the
/// evaluation's (lower-case letters and digits).
/// </summary>
public sealed class CompanyFamily5Tests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    // Family 1: the shortest words that spell the domain always go on in the mail; the longer first words are the name.

    [Theory]
    [InlineData("Wexcombe Medical Center Nursing Education", "wexcombemed", "Nursing Education Department\nWexcombe Medical Center", "Wexcombe Medical Center")]
    [InlineData("Clínica Serra Azul Lisboa", "clinicaserra", "Obrigado pelo interesse na Clínica Serra Azul.", "Clínica Serra Azul")]
    [InlineData("Zorggroep Vliet Oost Rotterdam", "zorggroepvliet", "Bedankt voor je sollicitatie bij Zorggroep Vliet Oost.", "Zorggroep Vliet Oost")]
    public void The_longer_name_the_mail_writes_alone_is_kept_without_its_site_or_department(string company, string label, string body, string expected) =>
        Assert.Equal(expected, CompanyAndRole.NameInRunningText(company, label, body));

    // Family 2: a team's word after the name ("Staffing", "University Recruiting") reads as an agency or a campus, but the
    // name before it spells the sender's own domain.

    [Theory]
    [InlineData("Kestrel Pines Resort Staffing <staffing@kestrelpinesresort.example.ca>", "Your winter at Kestrel Pines Resort - offer inside",
        "Hi Noor,\n\nWe're happy to offer you a seasonal position as Lift Operator at Kestrel Pines Resort for the coming winter.\n\nPlease sign the attached agreement by December 1.\n\nKestrel Pines Resort Staffing Team", "Kestrel Pines Resort")]
    [InlineData("Tidewell Systems University Recruiting <university@tidewellsystems.example.com>", "Congrats on your Tidewell Systems internship offer!",
        "Hi Priya,\n\nCongratulations! We're thrilled to offer you a Data Engineering Internship at Tidewell Systems for Summer 2027.\n\nYour offer letter is in the candidate portal.\n\nTidewell Systems University Recruiting", "Tidewell Systems")]
    public void A_team_word_after_the_senders_own_name_is_dropped(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    // Family 3: the selection team's word before the name in a Spanish display name.

    [Theory]
    [InlineData("Selección Aceros Duero <seleccion@acerosduero.example.es>", "Entrevista - Técnico de Calidad",
        "Hola Marta,\n\nGracias por tu interés. Queremos invitarte a una entrevista el martes a las 10:00.\n\nUn saludo", "Aceros Duero")]
    public void The_selection_teams_word_before_the_name_is_dropped(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));
}
