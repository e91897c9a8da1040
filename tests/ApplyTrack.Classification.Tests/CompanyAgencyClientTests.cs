using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9: a recruiting agency is never the employer when the mail names the client — as the subject of its verdict,
/// by its people, in the agency's subject or by a forwarded message from the client's own domain. Every example is
/// invented for these tests; the comparison is the evaluation's (lower-case letters and digits).
/// </summary>
public sealed class CompanyAgencyClientTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    [Theory]
    [InlineData("Nell Garrow <nell@garrowlane.example.co.uk>", "Good news",
        "Hi Robin,\n\nAs promised, here it is in writing: Tollbridge Foods would like to offer you the Finance Business Partner role at £62,000. They'd like you to start in March. Their HR team will send the contract.\n\nNell", "Tollbridge Foods")]
    [InlineData("Owen Tate <owen@tatewell.example.com>", "",
        "Hi Robin, just heard back - Marrick are passing. They wanted more SQL. Speak tomorrow", "Marrick")]
    [InlineData("Sophie Renard <sophie@renard-associes.example.fr>", "Bonne nouvelle",
        "Bonjour Robin,\n\nMaison Castagne souhaite vous faire une offre pour le poste de responsable de boutique. Leur DRH vous enverra la promesse d'embauche.\n\nSophie", "Maison Castagne")]
    [InlineData("Klaus Werner <k.werner@werner-partner.example.de>", "Gute Nachrichten",
        "Hallo Herr Ashdown,\n\nwie besprochen: Brandl Verpackungen möchte Ihnen ein Angebot als Schichtleiter machen. Der Vertrag kommt direkt von deren Personalabteilung.\n\nViele Grüße\nKlaus Werner", "Brandl Verpackungen")]
    [InlineData("Nuria Campos <nuria@camposrh.example.es>", "¡Oferta!",
        "Hola Robin:\n\nBodegas Olmedo quiere ofrecerte el puesto de enólogo. Su departamento de personas te enviará el contrato.\n\nNuria", "Bodegas Olmedo")]
    [InlineData("Daan Smits <daan@smitsflex.example.nl>", "Goed nieuws",
        "Hoi Robin,\n\nBakkerij Verhoef wil je aannemen als ploegleider! Ze sturen het contract zelf.\n\nDaan", "Bakkerij Verhoef")]
    [InlineData("Joana Pires <joana@pirestalent.example.pt>", "Proposta",
        "Olá Robin,\n\nInfelizmente a Metalúrgica Tejo decidiu seguir com outro candidato. Eles gostaram da entrevista.\n\nJoana", "Metalúrgica Tejo")]
    public void A_recruiter_naming_the_client_as_the_subject_of_its_verdict_gives_the_client(string from, string subject, string body, string client) =>
        SameName(client, Company(from, subject, body));

    [Theory]
    [InlineData("Amy Rudd <amy@ruddhale.example.co.uk>", "Re: Interview",
        "Hi Robin,\n\nI've booked you in with Linbrook Care's Operations Director, Sue Blake, on Tuesday at 11am at their Preston office.\n\nAmy", "Linbrook Care")]
    [InlineData("Craig Oswin <craig@oswin-exec.example.com>", "Re: CFO process",
        "Robin,\n\nI've just come off a call with the Tavington chair. They have decided to appoint another finalist.\n\nCraig", "Tavington")]
    [InlineData("Liz Carne <liz@carnepeople.example.co.uk>", "Verbury Insurance - offer",
        "Hi Robin,\n\nIt's a yes! They want you to start on 1 June. The offer letter from their HR is attached.\n\nLiz", "Verbury Insurance")]
    public void A_recruiter_naming_the_client_by_its_people_or_in_the_subject_gives_the_client(string from, string subject, string body, string client) =>
        SameName(client, Company(from, subject, body));

    [Fact]
    public void A_recruiters_long_note_above_the_clients_forwarded_message_gives_the_clients_domain() =>
        SameName("Quillmoor Print", Company("Martin Lowe <martin@lowehart.example.com>", "FW: Studio Manager - R Ashdown",
            "Robin,\n\nSorry, not the news we wanted. Sharing the client's feedback below as promised: they won't be taking you forward to the final stage. Read it with a pinch of salt, they liked you more than it sounds. Call me when you've had a chance to digest it all.\n\nMartin\n\n---------- Forwarded message ---------\nFrom: Jo Keane <jo.keane@quillmoorprint.example.com>\nDate: Tue, 13 Oct 2026 at 11:20\nSubject: Studio Manager - R Ashdown\nTo: Martin Lowe <martin@lowehart.example.com>\n\nHi Martin, thanks for putting Robin forward. We've decided to appoint an internal candidate. Jo"));

    [Theory]
    // The employer's own HR writes of itself in the third person.
    [InlineData("Ashcott Foods HR <hr@ashcottfoods.example.co.uk>", "Your offer",
        "Dear Robin,\n\nAshcott Foods would like to offer you the role of Production Planner at our Melton site. Their contract will follow.\n\nAshcott Foods HR", "Ashcott Foods")]
    // A person's first name as the subject of the verdict is no employer.
    [InlineData("Tom Reade <tom@readeco.example.co.uk>", "Interview",
        "Hi Robin,\n\nKaren would like to meet you on Tuesday at their office in Leeds. Karen Dodds runs the finance team at Pellmore Trading.\n\nTom", "Pellmore Trading")]
    // A firm that hires in the first person plural and names its own client keeps its own name.
    [InlineData("Kate Moorcroft <kate@moorcroftpike.example.co.uk>", "Paralegal",
        "Hi Robin,\n\nWe'd like to offer you the paralegal job at Moorcroft & Pike. Our client Carver Estates would like help with their leases first.\n\nKate Moorcroft\nPartner, Moorcroft & Pike", "Moorcroft & Pike")]
    // An employer's own person writes of a colleague's decision in German: a first name is no client.
    [InlineData("Sophie Lindner <sophie.lindner@datenwerk-nord.example.de>", "Nach dem Gespräch mit Julius",
        "Hallo Robin,\n\nJulius hat sich nach eurem Gespräch für eine andere Kandidatin entschieden. Wenn die zweite Stelle aufgeht, würden wir dich gern ansprechen.\n\nViele Grüße\nSophie\nDatenwerk Nord", "Datenwerk Nord")]
    public void The_senders_own_organisation_or_a_person_is_never_read_as_a_client(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));
}
