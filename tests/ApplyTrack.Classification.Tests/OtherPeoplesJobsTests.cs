using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Failure family 5's phrase side, in each language: the words of a job that is not the reader's own (the press, a
/// podcast, a mock interview, a panel) and of applications that are not for a job (volunteering, adoption, a nursery
/// place, a membership), and the guard that keeps a model's unsure job event off such mail. Examples written here.
/// </summary>
public sealed class OtherPeoplesJobsTests
{
    [Theory]
    [InlineData("Je suis journaliste au Courrier du Nord et je prépare un article.")]
    [InlineData("Ich bin Redakteurin beim Abendblatt und würde Sie gern interviewen.")]
    [InlineData("Soy periodista de El Diario de la Costa y preparo un reportaje.")]
    [InlineData("Ik maak een podcast over ondernemers in Gent.")]
    [InlineData("Sou jornalista do Jornal da Serra e gostaria de o entrevistar.")]
    [InlineData("Would you be open to a 30-minute research interview about our app?")]
    [InlineData("Hätten Sie Zeit für ein Probe-Vorstellungsgespräch mit einer Studentin?")]
    [InlineData("Could you cover my interviews on Thursday?")]
    public void Someone_elses_job_is_named_in_every_language(string sentence)
    {
        Assert.Contains(Cues.Matching(sentence), c => c.Signal == Cues.OtherRole);
    }

    [Theory]
    [InlineData("Thank you for applying to volunteer with the hospice.")]
    [InlineData("Gracias por tu solicitud de adopción de Canela.")]
    [InlineData("Wir haben Ihren Aufnahmeantrag erhalten.")]
    [InlineData("We hebben je aanvraag voor het lidmaatschap ontvangen.")]
    [InlineData("We are pleased to offer Alfie a nursery place from September.")]
    [InlineData("Thanks for applying to the accelerator, cohort 8.")]
    public void Applications_that_are_not_for_a_job_are_named_in_every_language(string sentence)
    {
        Assert.Contains(Cues.Matching(sentence), c => c.Signal == Cues.OtherApplication);
    }

    [Theory]
    [InlineData("Hi Robin, I'm a journalist at the Valley Echo. Would you have 20 minutes for an interview about your bakery?", "none")]
    [InlineData("Bonjour Robin, je suis journaliste au Courrier. Je vous propose un entretien jeudi pour notre portrait ?", "none")]
    [InlineData("Hi Robin, I'm a journalist turned editor, and unfortunately we have decided not to move forward with your application for the sub-editor role.", "rejected")]
    public void An_unsure_job_event_about_someone_elses_job_is_everyday_mail_unless_a_decision_is_named(string body, string expected)
    {
        var features = EmailFeatures.Of(new EmailInput("Alex Moor <alex@example.com>", "robin@example.com", "Hello", body, null));
        var unsure = EmailEvents.All.Select(e => e switch
        {
            EmailEvents.InterviewInvite => 0.25f,
            EmailEvents.Rejection => 0.40f,
            EmailEvents.NotJob => 0.35f,
            _ => 0f,
        }).ToArray();
        var reasons = new List<string>();

        var p = EmailClassifier.Guarded(features, unsure, reasons);

        Assert.Equal(expected, EmailLabels.All.MaxBy(l => EmailClassifier.LabelProbability(p, l)));
    }
}
