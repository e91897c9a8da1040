using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Job-event precision families of issue 9, part 4 (h-precision4): a course, coaching or CV service on sale that talks
/// about "your interview", a job board's reminder of an application started and never sent, and a user interview paid
/// with a gift voucher. Examples written for these tests, not drawn from training/ or any data set.
/// </summary>
public sealed class PrecisionFamily4Tests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "lea.brandt@gmail.com", subject, body, DateTimeOffset.Parse("2026-11-20T09:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    [Theory]
    [InlineData("Ace your next interview (40% off this week)", "Our online course teaches the 20 questions every interviewer asks. Early-bird price ends Sunday.")]
    [InlineData("Nie wieder nervös im Vorstellungsgespräch", "Unser Online-Kurs bereitet dich auf dein Vorstellungsgespräch vor. Nur bis Freitag 25 % Rabatt.")]
    [InlineData("Réussir votre entretien d'embauche", "Notre formation en ligne : négociez votre offre sans stress. -20 % jusqu'à dimanche.")]
    [InlineData("Prepara tu entrevista de trabajo", "Nuestro curso online te prepara para la entrevista. 30 % de descuento solo hasta el domingo.")]
    [InlineData("Klaar voor je sollicitatiegesprek?", "Onze sollicitatietraining helpt je bij elk gesprek. Nu 25 % korting, alleen tot vrijdag.")]
    [InlineData("Prepare-se para a entrevista", "O nosso curso online ensina a negociar a proposta. 30 % de desconto só até domingo.")]
    public void A_sale_of_job_search_skills_is_recognised(string subject, string body) =>
        Assert.True(Cues.SellsJobSearchSkills(subject, body), body);

    // An employer's own invitation may mention a webinar, a training day or a parking fee; it puts nothing on sale.
    [Theory]
    [InlineData("Interview invitation – Data Analyst", "We would like to invite you to an interview on Tuesday. Before it, you can join our open webinar about the team. Parking costs £5.")]
    [InlineData("Einladung zum Vorstellungsgespräch", "Wir laden Sie am Montag um 10 Uhr ein. Die Stelle beginnt mit einem zweiwöchigen Training.")]
    [InlineData("Votre offre d'emploi", "Nous avons le plaisir de vous proposer le poste, avec une prime de 10 % et une formation à l'arrivée.")]
    public void An_employers_mail_that_mentions_training_is_no_sale(string subject, string body) =>
        Assert.False(Cues.SellsJobSearchSkills(subject, body), body);

    [Theory]
    [InlineData("You haven't finished your application", "You started applying for Barista at Bean Street but didn't submit your application.")]
    [InlineData("Ihre Bewerbung ist noch nicht abgeschickt", "Sie haben begonnen, sich als Lagerist zu bewerben. Ihre Bewerbung wurde als Entwurf gespeichert.")]
    [InlineData("Votre candidature n'est pas terminée", "Vous avez commencé à postuler au poste de vendeur. Reprenez où vous en étiez.")]
    [InlineData("Tu solicitud no se ha enviado", "Empezaste a inscribirte en la oferta de recepcionista. La guardamos como borrador.")]
    [InlineData("Je sollicitatie is nog niet verstuurd", "Je bent begonnen met solliciteren op de vacature magazijnmedewerker.")]
    [InlineData("A sua candidatura ainda não foi enviada", "Começou a candidatar-se à vaga de rececionista e a candidatura ficou guardada como rascunho.")]
    public void A_reminder_of_an_unsent_application_is_recognised(string subject, string body) =>
        Assert.True(Cues.UnsentApplication(subject, body), subject);

    [Theory]
    [InlineData("Your application has been submitted", "Thank you for applying for the Barista role. We will review your application.")]
    [InlineData("Eingangsbestätigung Ihrer Bewerbung", "Vielen Dank, Ihre Bewerbung ist bei uns eingegangen.")]
    [InlineData("Candidatura recebida", "Obrigado, a sua candidatura foi enviada com sucesso para a Clínica Norte.")]
    public void A_sent_application_is_not_an_unsent_one(string subject, string body) =>
        Assert.False(Cues.UnsentApplication(subject, body), subject);

    // A product team's paid interview with its users: the English "gift voucher" beside the other languages' words.
    [Fact]
    public void A_user_interview_paid_with_a_gift_voucher_is_not_a_job() =>
        Assert.True(Cues.AboutANonJobOpportunity("Could we interview you? (£30 voucher)",
            "We're inviting a few customers to a 30-minute video interview with our app team. As a thank you, you'll receive a £30 gift voucher."));

    [Fact]
    public void An_interview_for_a_named_job_that_mentions_a_gift_voucher_stays_a_job() =>
        Assert.False(Cues.AboutANonJobOpportunity("Interview – Warehouse Operative",
            "We would like to invite you to interview for the Warehouse Operative position on Monday. Staff who refer a friend get a £50 gift voucher."));

    [Fact]
    public void A_discounted_interview_course_newsletter_is_marketing()
    {
        var r = Classify("Bewerbungsprofi Akademie <news@bewerbungsprofi-akademie.de>", "Souverän in dein nächstes Vorstellungsgespräch (-30 %)",
            "Hallo Lea,\n\ndie Einladung zum Vorstellungsgespräch ist da und die Nervosität steigt? In unserem Online-Kurs lernst du, die " +
            "häufigsten Fragen zu beantworten und dein Gehalt zu verhandeln, bis die Zusage kommt. Nur bis Sonntag 30 % Rabatt mit dem Code START30.\n\n" +
            "Dein Team der Bewerbungsprofi Akademie\n\nDu erhältst diese E-Mail, weil du unseren Newsletter abonniert hast. Abmelden");

        Assert.True(r.Label == EmailLabels.None, Explain(r));
    }

    [Fact]
    public void A_job_boards_unsent_application_reminder_is_everyday_mail()
    {
        var r = Classify("Vagas Agora <avisos@vagasagora.pt>", "A sua candidatura ainda não foi enviada",
            "Olá Lea,\n\nComeçou a candidatar-se à oferta \"Técnica de Farmácia\" (Farmácia Central, Porto), mas não concluiu o processo. " +
            "A sua candidatura foi guardada como rascunho. Termine-a em 2 minutos.\n\nOfertas semelhantes:\n• Técnica de Farmácia – Matosinhos\n\n" +
            "Recebe este e-mail porque tem uma conta na Vagas Agora. Gerir notificações");

        Assert.True(r.Label == EmailLabels.None, Explain(r));
    }

    [Fact]
    public void An_employers_invitation_that_mentions_a_webinar_stays_an_interview()
    {
        var r = Classify("Hannah Cole <hannah.cole@brightwell-logistics.co.uk>", "Interview invitation – Operations Coordinator",
            "Dear Lea,\n\nThank you for your application for the Operations Coordinator role. We would like to invite you to an interview " +
            "on Thursday 3 December at 10:00 at our Leeds office. Before then you are welcome to join our open webinar about the team. " +
            "Visitor parking costs £5 a day.\n\nPlease reply to confirm the time.\n\nKind regards,\nHannah Cole\nTalent Acquisition, Brightwell Logistics");

        Assert.True(r.Label == EmailLabels.Interviewing, Explain(r));
    }
}
