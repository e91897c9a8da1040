using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, nineteenth round: where the mail is signed with an acronym and writes the name out — in
/// capitalised words of any length, or with the lower-case words French, Spanish and Portuguese names hold — the
/// employer is the name written out; and a requisition's code is never the employer. Every example is invented.
/// </summary>
public sealed class AcronymExpansionTests
{
    private const string Reader = "Robin Ashdown <robin.ashdown@example.com>";

    private static MailText Read(string from, string subject, string body) => MailTextReader.Read(new EmailInput(from, Reader, subject, body, null));

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    [Theory]
    // Eight words with their joining words: longer than any other name the rules take.
    [InlineData("IEPLN Recrutamento <recrutamento@iepln.example.pt>", "Convocatória para entrevista",
        "Cara Robin,\n\nNo âmbito do concurso para Técnica de Laboratório, vimos convocá-la para uma entrevista no dia 12 de maio, às 10h.\n\nCom os melhores cumprimentos,\nServiço de Recursos Humanos\nInstituto de Estudos do Planalto e do Litoral Norte\nIEPLN", "Instituto de Estudos do Planalto e do Litoral Norte")]
    // Lower-case words after the first, as French names are written.
    [InlineData("ARSM Recrutement <recrutement@arsm.example.fr>", "Votre candidature",
        "Madame,\n\nNous avons le plaisir de vous proposer le poste de chargée de mission. Votre contrat vous sera adressé la semaine prochaine.\n\nService des ressources humaines\nAgence régionale pour la santé maritime (ARSM)", "Agence régionale pour la santé maritime")]
    // "em" between the words, a Portuguese name's small word.
    [InlineData("CPVA Seleção <selecao@cpva.example.br>", "Resultado do processo seletivo",
        "Olá Robin,\n\nAgradecemos a sua participação. Infelizmente, não seguiremos com a sua candidatura para Analista Ambiental.\n\nAtenciosamente,\nCentro de Pesquisa em Várzeas Amazônicas", "Centro de Pesquisa em Várzeas Amazônicas")]
    public void A_name_written_out_for_the_acronym_is_the_employer(string from, string subject, string body, string employer)
    {
        var text = Read(from, subject, body);

        SameName(employer, CompanyAndRole.ExtractByRules(text, Reader).Company);
        SameName(employer, CompanyAndRole.Extract(text, Reader).Company);
    }

    [Fact]
    public void An_acronym_nothing_spells_stays_as_it_is()
    {
        var text = Read("BRVK Personal <personal@brvk.example.de>", "Einladung zum Vorstellungsgespräch",
            "Hallo Robin,\n\nwir laden Sie herzlich zu einem Gespräch am Dienstag um 14 Uhr ein.\n\nViele Grüße\nIhr Personalteam\nBRVK");

        SameName("BRVK", CompanyAndRole.Extract(text, Reader).Company);
    }

    [Fact]
    public void The_candidates_mark_the_name_written_out_and_its_acronym()
    {
        var text = Read("NCFA Careers <careers@ncfa.example.org>", "Interview invitation",
            "Dear Robin,\n\nThank you for applying to the National Council for Fisheries Administration. We would like to invite you to interview on 4 June.\n\nKind regards,\nHR Team\nNCFA");
        var candidates = CompanyAndRole.Candidates(text, Reader, "NCFA");
        var expandsAt = Array.IndexOf(CompanyAndRole.CandidateFeatureNames, "expands-acronym");
        var expandedAt = Array.IndexOf(CompanyAndRole.CandidateFeatureNames, "acronym-expanded");

        var written = Assert.Single(candidates, c => c.Features[expandsAt] == 1);
        Assert.Equal("National Council for Fisheries Administration", written.Name);
        Assert.Equal("ncfa", Assert.Single(candidates, c => c.Features[expandedAt] == 1).Key);
        SameName("National Council for Fisheries Administration", CompanyAndRole.Extract(text, Reader).Company);
    }

    [Theory]
    [InlineData("Thank you for applying – Depot Planner – R-20931")]
    [InlineData("Thank you for applying – Depot Planner – REQ-4410")]
    public void A_requisition_code_is_never_the_employer(string subject)
    {
        var text = Read("Kelvingate Freight Careers <kelvingatefreight@myworkday.com>", subject,
            "Hi Robin,\n\nThank you for your interest in Kelvingate Freight. We have received your application for Depot Planner.\n\nKind regards,\nTalent Acquisition\nKelvingate Freight");

        SameName("Kelvingate Freight", CompanyAndRole.Extract(text, Reader).Company);
        Assert.DoesNotContain(CompanyAndRole.Candidates(text, Reader, "Kelvingate Freight"), c => c.Name.Any(char.IsDigit));
    }
}
