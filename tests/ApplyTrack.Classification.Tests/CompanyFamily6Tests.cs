using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, sixth round: a name signed in capitals that the mail writes out, a domain's bare letters where the
/// mail writes the employer's name, and a direction or selection board before the employer in a display name. Every
/// example is invented for these tests; the comparison is the evaluation's (lower-case letters and digits).
/// </summary>
public sealed class CompanyFamily6Tests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    // Family 1: a name ending in capitals ("USD", "CU", "DC") that the mail writes out.

    [Theory]
    [InlineData("Pinewood CU", "Thank you for your interest in a career at Pinewood Credit Union.", "Pinewood Credit Union")]
    [InlineData("Moorfield Vale DC", "Moorfield Vale District Council is an equal opportunities employer.", "Moorfield Vale District Council")]
    [InlineData("Harlan Creek USD", "Harlan Creek Unified School District\nHuman Resources", "Harlan Creek Unified School District")]
    public void A_name_signed_in_capitals_is_written_out_as_the_mail_writes_it(string company, string context, string expected) =>
        Assert.Equal(expected, CompanyAndRole.AbbreviationWrittenOut(company, context));

    [Theory]
    [InlineData("Pinewood CU", "Pinewood Community Hall is where we meet.")]
    [InlineData("Pinewood CU", "Our branch in Pinewood is open late on Thursdays.")]
    public void A_name_signed_in_capitals_stays_where_no_words_have_its_initials(string company, string context) =>
        Assert.Equal(company, CompanyAndRole.AbbreviationWrittenOut(company, context));

    // Family 2: the domain's letters go on otherwise than the name the mail writes for the employer.

    [Theory]
    [InlineData("Fernbankvets", "fernbankvets", "I'm the practice manager at Fernbank Animal Hospital and I'd like to talk.", "Fernbank Animal Hospital")]
    [InlineData("Dewindroosbrood", "dewindroosbrood", "Groeten van De Windroos Bakkerij uit Zwolle", "De Windroos Bakkerij")]
    [InlineData("Quintadoslourosvinhos", "quintadoslourosvinhos", "Obrigado pelo interesse na Quinta dos Louros Adega.", "Quinta dos Louros Adega")]
    public void A_name_that_starts_the_domain_and_goes_on_otherwise_replaces_its_letters(string company, string label, string context, string expected) =>
        Assert.Equal(expected, CompanyAndRole.NameStartingDomain(company, label, context, []));

    [Theory]
    // The mail writes only the start of the domain's own name, which its letters already give whole.
    [InlineData("Harvestmoonbakery", "harvestmoonbakery", "I own Harvest Moon with my sister.")]
    // A name written as the mail writes it is left alone.
    [InlineData("Fernbank Animal Hospital", "fernbankvets", "I'm the practice manager at Fernbank Animal Hospital.")]
    // Five letters are too few to tell the employer's name from a word that happens to start the domain.
    [InlineData("Oakfieldcare", "oakfieldcare", "Come to the Oak Room Cafe for the interview.")]
    public void The_domains_letters_stay_where_no_name_goes_on_otherwise(string company, string label, string context) =>
        Assert.Null(CompanyAndRole.NameStartingDomain(company, label, context, []));

    // Family 3: a direction, rectorate or selection board before the employer in a display name.

    [Theory]
    [InlineData("Direction – Collège Victor Hugo <ce.college-hugo@ac-exemple.example.fr>", "Candidature – professeur documentaliste",
        "Madame,\n\nNous avons le plaisir de vous proposer un entretien le mardi 12 mai à 14 h.\n\nCordialement", "Collège Victor Hugo")]
    [InlineData("Reitoria – Universidade do Vale Claro <concursos@uvc.example.pt>", "Concurso – Professor Auxiliar",
        "Cara candidata,\n\nInformamos que foi admitida à entrevista, marcada para o dia 3 de junho às 10h.\n\nCom os melhores cumprimentos", "Universidade do Vale Claro")]
    [InlineData("Unidad de Selección – Hospital General de Lorca <seleccion@hgl.example.es>", "Proceso de selección – Enfermero/a",
        "Estimado candidato:\n\nLe convocamos a una entrevista el jueves a las 9:00.\n\nUn saludo", "Hospital General de Lorca")]
    public void A_direction_or_selection_board_before_the_employer_is_not_the_employer(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    // Family 4: a hotel or site named by the employer's first word and a place, where the domain spells the employer.

    [Theory]
    [InlineData("Harbourlight Hotels <talent@harbourlighthotels.example.com>", "Your offer - Night Manager",
        "Dear Sam,\n\nWe're delighted to offer you the position of Night Manager at Harbourlight Bayside. Please accept through the candidate portal by Friday.\n\nHarbourlight Hotels Talent Acquisition", "Harbourlight Hotels")]
    [InlineData("Ines Prado <ines.prado@mirandaviagens.example.pt>", "Entrevista - Rececionista",
        "Olá Rita,\n\nGostaríamos de a convidar para uma entrevista para a vaga de Rececionista na Miranda Alfama Suites.\n\nCumprimentos,\nInes Prado\nRecursos Humanos, Miranda Viagens", "Miranda Viagens")]
    public void A_site_named_by_the_employers_first_word_gives_way_to_the_employer(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));
}
