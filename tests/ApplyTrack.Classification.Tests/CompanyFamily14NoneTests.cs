using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, fourteenth round: job mail from small firms where no company was found at all — the owner writes
/// from free mail, signs a first name and puts the firm's name on the next line, says whose firm it is, or gives the
/// firm's name with its street as the place to come. Every example is invented for these tests.
/// </summary>
public sealed class CompanyFamily14NoneTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    [Theory]
    [InlineData("Dani Okafor <danisdiner.leeds@gmail.com>", "Re: weekend cook",
        "hi Robin, thanks for the trial shift yesterday. sorry, we've gone with someone who can do sundays as well. good luck!\n\nDani\nDani's Diner", "Dani's Diner")]
    [InlineData("Harbour Lane Bookkeeping <harbourlanebookkeeping@outlook.com>", "bookkeeping job",
        "Hi Robin\n\nThanks for coming in yesterday. Sorry but I've gone with someone who knows Sage a lot better.\n\nKev\nHarbour Lane Bookkeeping", "Harbour Lane Bookkeeping")]
    public void The_firms_line_under_a_first_name_sign_off_is_the_employer(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("Noor Aziz <noor.builds@gmail.com>", "coffee?",
        "hey Robin,\n\nNoor here, I'm the cofounder of Brightpenny (we're building budgeting tools for students). Would you fancy a coffee this week to talk about our first engineering hire?\n\nNoor", "Brightpenny")]
    [InlineData("Jonas Lutz <jonas.lutz@gmx.de>", "Aushilfe Verkauf",
        "Hallo Robin,\n\nich bin Inhaber der Bäckerei Lutz und suche eine Aushilfe für den Verkauf. Hast du Lust, am Samstag zum Probearbeiten zu kommen?\n\nJonas", "Bäckerei Lutz")]
    [InlineData("Marta Gil <marta.gil@gmail.com>", "Dependienta",
        "Hola Robin,\n\nsoy la dueña de Floristería Azahar y me ha gustado tu currículum. ¿Puedes pasarte el jueves a las 11 para una entrevista?\n\nMarta", "Floristería Azahar")]
    public void The_writer_saying_whose_firm_it_is_names_the_employer(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("Matt Rowe <mattrowe81@gmail.com>", "Re: lettings negotiator",
        "Hi Robin, thanks for the CV. Could you pop into the office Thursday at 10 for a chat? Harcourt Lettings, 12 Mill Lane, opposite the bank. Nothing formal.\nMatt", "Harcourt Lettings")]
    [InlineData("Claire Vidal <claire.vidal@orange.fr>", "Re: poste de coiffeuse",
        "Bonjour Robin, merci pour votre CV. Vous pouvez passer jeudi à 10h pour un essai ?\nSalon Lumière, 12 rue des Tanneurs, Lyon\nClaire", "Salon Lumière")]
    [InlineData("Ralf Keller <ralf.keller@web.de>", "Re: Mechatroniker",
        "Hallo Robin, danke für die Unterlagen. Komm am Montag um 9 vorbei. Autohaus Keller, Hauptstraße 5, Tuttlingen. Bis dann\nRalf", "Autohaus Keller")]
    public void A_name_before_its_street_address_is_the_place_to_come(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Fact]
    public void A_portuguese_talent_teams_sign_off_names_the_employer() =>
        SameName("Grupo Ventura", Company("Gupy <naoresponda@gupy.io>", "Recebemos sua candidatura!",
            "Olá, Robin!\n\nSua candidatura foi enviada com sucesso. Você pode acompanhar cada etapa pela sua área do candidato.\n\nBoa sorte!\nTime de Atração de Talentos – Grupo Ventura"));

    [Fact]
    public void A_registered_name_before_a_street_written_with_separators_is_not_the_name() =>
        SameName("Grupo Ventura", Company("Gupy <naoresponda@gupy.io>", "Grupo Ventura | Recebemos sua candidatura!",
            "Olá, Robin!\n\nSua candidatura para a vaga de Analista Fiscal no Grupo Ventura foi enviada com sucesso.\n\nBoa sorte!\nTime de Atração de Talentos – Grupo Ventura\n\nGrupo Ventura Comércio S.A. · Av. Paulista, 900 · São Paulo – SP"));
}
