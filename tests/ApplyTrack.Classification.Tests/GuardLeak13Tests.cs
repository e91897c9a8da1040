using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Job mail four everyday-mail guards used to take (issue 9, blind-written mail of the thirteenth session): a person
/// asking the reader by about their application without a word of a job; a hire taken back (read as an offer, or as
/// marketing); a forward the reader kept for themselves; and the counter-evidence the other-role and invitation guards
/// now read (the reader selected for their own interview, asked back before a decision). Beside them, the everyday
/// look-alikes the guards exist for, which they must still stop. Examples written for these tests.
/// </summary>
public sealed class GuardLeak13Tests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "reader@example.com", subject, body, DateTimeOffset.Parse("2026-06-02T09:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    // The invitation without a job: a person asking the reader by about their application, with no word of a job.
    [Theory]
    [InlineData("Dale Prentice <prenticeplumbing@gmail.com>", "apprentice",
        "Kyle - saw your application. Can you swing by the yard tuesday around 6am before the vans go out? 12 Mill Lane in Bristol. Bring your CSCS card.\n\nDale Prentice\nPrentice Plumbing & Heating")]
    [InlineData("Dale Prentice <prenticeplumbing@gmail.com>", "apprentice",
        "Kyle - saw your application. Can you swing by the workshop thursday around 7am? 12 Mill Lane. Bring your licence.\n\nDale")]
    public void A_person_asking_you_by_about_your_application_is_an_invitation(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == EmailLabels.Interviewing, Explain(result));
    }

    // The offer-as-marketing guard and the offer itself: a small employer taking back a hire it had agreed.
    [Theory]
    [InlineData("Padaria Estrela <padariaestrela@sapo.pt>", "Re: Pasteleiro – início",
        "Rui, desculpa mas tenho de voltar atrás no que combinámos. O forno novo não chegou e não te posso contratar agora. Lamento muito.\n\nSe mudar alguma coisa ligo-te logo.\nAna")]
    [InlineData("Ana Sousa <padariaestrela@sapo.pt>", "Re: Pasteleiro – início",
        "Rui, peço desculpa mas tenho de voltar atrás no que combinámos. O forno novo não chegou e vamos continuar só com a loja pequena, por isso já não consigo ter mais um pasteleiro. Não te posso contratar agora. Lamento mesmo.\n\nSe a coisa mudar és o primeiro a quem ligo.\nAna\n\nPadaria Estrela · Rua do Norte, 12 · Porto\n\nEm 2 de jun. de 2026, às 10:05, Rui Matos escreveu:\n> Bom dia Ana, confirmo então que começo dia 15. Rui")]
    [InlineData("Ana López <ana@panaderialopez.example.es>", "Re: Pastelero – empiezo el lunes",
        "Jorge, lo siento mucho, pero al final no te puedo contratar: el local de al lado no se alquila y nos quedamos como estamos. Perdona las molestias.\n\nAna")]
    public void A_hire_taken_back_is_a_rejection(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == EmailLabels.Rejected, Explain(result));
    }

    // The other-role guard's counter-evidence: the reader selected to be interviewed, whatever panel the mail names.
    [Theory]
    [InlineData("You have been selected to interview for the following position: Library Aide. The interview panel will include the librarian.", true)]
    [InlineData("You've been shortlisted for an interview for the Parks Maintenance Worker post.", true)]
    [InlineData("Sie wurden zu einem Vorstellungsgespräch ausgewählt.", true)]
    [InlineData("Vous avez été retenue pour un entretien le 4 juin.", true)]
    [InlineData("Ha sido convocada para una entrevista el lunes.", true)]
    [InlineData("U bent uitgenodigd voor een sollicitatiegesprek op dinsdag.", true)]
    [InlineData("Foi selecionado(a) para a entrevista profissional.", true)]
    [InlineData("You have been selected to interview candidates for the Head of Maths post.", false)]
    [InlineData("You have been selected for the interview panel of the Research Fellow post.", false)]
    public void Selection_for_your_own_interview_is_told_from_a_panel_seat(string body, bool selected) =>
        Assert.Equal(selected, Cues.SelectsTheReaderForInterview("", body));

    // The invitation guard's counter-evidence: back for another conversation, or a hiring decision still to make.
    [Theory]
    [InlineData("We'd like to invite you back for a second, shorter conversation with our director.", true)]
    [InlineData("The partners would like to meet once more before we make a final decision.", true)]
    [InlineData("Bevor wir uns endgültig entscheiden, möchten wir Sie noch einmal zu einem Gespräch einladen.", true)]
    [InlineData("Avant de prendre une décision finale, nous aimerions vous revoir pour un court échange.", true)]
    [InlineData("Nos gustaría volver a verte para una charla breve antes de tomar una decisión final.", true)]
    [InlineData("Voordat we een definitieve beslissing nemen, willen we je graag nogmaals uitnodigen voor een kort gesprek.", true)]
    [InlineData("Gostaríamos de voltar a conversar com você antes de tomar uma decisão final.", true)]
    [InlineData("Fancy another coffee next week? It was lovely to catch up.", false)]
    public void Asked_back_before_a_decision_is_told_from_a_second_coffee(string body, bool askedBack) =>
        Assert.Equal(askedBack, Cues.AsksTheReaderBack("", body));

    [Fact]
    public void A_forward_kept_for_your_records_is_your_own_decision()
    {
        var result = Classifier.Classify(new EmailInput("Tomasz Wrona <t.wrona@uni-student.example.edu>", "tomasz.wrona.jobs@example.com",
            "Fwd: Your application for Logistics Coordinator",
            "oh well. for my records\n\n---------- Forwarded message ---------\nFrom: Harwell Freight Careers <harwellfreight@myworkday.com>\nDate: Tue, Mar 3, 2026 at 9:12 AM\nSubject: Your application for Logistics Coordinator\nTo: <t.wrona@uni-student.example.edu>\n\nDear Tomasz,\n\nThank you for your interest in the Logistics Coordinator position at Harwell Freight.\n\nAfter careful review, we have decided to move forward with other candidates whose experience more closely matches the requirements of this role.\n\nSincerely,\nHarwell Freight Talent Acquisition",
            DateTimeOffset.Parse("2026-03-03T18:00:00Z")));

        Assert.True(result.Label == EmailLabels.Rejected, Explain(result));
    }

    // What the four guards are for: a friend's coffee or a second look at a flat, a shop's offer, a reader on a panel, a
    // friend's forwarded news.
    [Theory]
    [InlineData("Sophie Marsh <sophie.marsh@example.com>", "Saturday?",
        "Hi Em,\n\nCould you swing by on Saturday around 11? I want to show you the new garden before the party.\n\nSophie")]
    [InlineData("Greenway Lettings <lettings@greenway.example.co.uk>", "Second viewing",
        "Dear Mr Akhtar,\n\nWe saw your application for the flat at 4 Orchard Row. Could you stop by on Thursday at 5 for a second viewing before the landlord makes a decision?\n\nGreenway Lettings")]
    [InlineData("Casa do Bacalhau <ofertas@casadobacalhau.example.pt>", "Oferta especial de fim de semana",
        "Olá!\n\nInfelizmente, o seu cupão expirou, mas temos uma oferta especial: 20% em todos os pratos este fim de semana.\n\nReserve já!")]
    [InlineData("Dr. Amelia Stone <a.stone@hollis.example.ac.uk>", "Interview panel – Research Fellow",
        "Dear Priya,\n\nThank you for agreeing to sit on the interview panel for the Research Fellow post. You have been selected to chair the panel; interviews are on 9 June from 10:00. I'll send the shortlisted candidates' papers next week.\n\nAmelia")]
    [InlineData("Lena Fischer <lena.fischer@example.de>", "WG: Einladung zum Vorstellungsgespräch",
        "Schau mal, Tante Gerda! Drück mir die Daumen :)\n\n---------- Weitergeleitete Nachricht ---------\nVon: Personalabteilung Stadtwerke Hohenau <personal@stadtwerke-hohenau.example>\nBetreff: Einladung zum Vorstellungsgespräch\nAn: Lena Fischer <lena.fischer@example.de>\n\nSehr geehrte Frau Fischer,\n\nwir möchten Sie am Montag, 8. Juni, um 10 Uhr zu einem Vorstellungsgespräch einladen.\n\nMit freundlichen Grüßen\nPersonalabteilung")]
    public void Everyday_look_alikes_stay_everyday(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == EmailLabels.None, Explain(result));
    }
}
