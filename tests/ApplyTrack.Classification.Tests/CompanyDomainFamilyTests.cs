using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company from the domain and the signature (third round, by family): a title under the signer's name, a
/// domain that abbreviates long words or puts them in the plural, a one-word name the domain goes on from, a
/// declined adjective, a department in front of the name, symbols after it, and an agency's client written short in
/// one place and long in another. Every example is invented for these tests. Where the answer is a domain's letters,
/// the comparison is the evaluation's (lower-case letters and digits).
/// </summary>
public sealed class CompanyDomainFamilyTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    // Family 1: a line in sentence case under the signer's name is a title, not the employer.

    [Theory]
    [InlineData("Cadre de santé", true)]
    [InlineData("Afdelingsleider havo", true)]
    [InlineData("Maestra de infantil", true)]
    [InlineData("Erzieherin im Anerkennungsjahr", true)]
    [InlineData("Enfermeira chefe", true)]
    [InlineData("Shift lead, weekends", true)]
    [InlineData("Banco de la Plata", false)]
    [InlineData("Maison des Tilleuls", false)]
    [InlineData("Gould & Sons", false)]
    [InlineData("Kestrel", false)]
    public void Sentence_case_is_told_from_a_name(string line, bool sentence) =>
        Assert.Equal(sentence, CompanyAndRole.SentenceCase(line));

    [Theory]
    [InlineData("Camille Fontaine <camille.fontaine@ehpad-les-glycines.example.fr>", "Suite à votre journée d'immersion",
        "Bonjour Inès,\n\nJ'ai le plaisir de vous confirmer votre embauche comme aide-soignante de nuit, à compter du 1er avril.\n\nBien cordialement,\nCamille Fontaine\nCadre de santé", "EHPAD Les Glycines")]
    [InlineData("Charlotte Verhoeven <c.verhoeven@lindenhof-college.example.nl>", "Uitnodiging sollicitatiegesprek",
        "Beste Daan,\n\nDe sollicitatiecommissie nodigt je uit voor een gesprek op maandag 9 maart om 15.45 uur.\n\nMet vriendelijke groet,\nCharlotte Verhoeven\nAfdelingsleider havo", "Lindenhof College")]
    [InlineData("Lucía Ferrer <lferrer@colegio-santa-clara.example.es>", "Entrevista",
        "Hola Robin:\n\nNos gustaría invitarte a una entrevista el jueves a las diez para la plaza de apoyo en infantil.\n\nUn saludo,\nLucía Ferrer\nMaestra de infantil", "Colegio Santa Clara")]
    [InlineData("Jana Petersen <j.petersen@kita-sonnenhof.example.de>", "Ihre Bewerbung",
        "Hallo Robin,\n\nwir möchten Sie gern zu einem Kennenlernen am Dienstag um 9 Uhr einladen.\n\nViele Grüße\nJana Petersen\nErzieherin im Anerkennungsjahr", "Kita Sonnenhof")]
    [InlineData("Rita Moura <rita.moura@clinica-boa-vista.example.pt>", "Entrevista na clínica",
        "Olá Robin,\n\nGostaríamos de a convidar para uma entrevista na próxima terça-feira às 10h.\n\nCumprimentos,\nRita Moura\nEnfermeira chefe", "Clínica Boa Vista")]
    public void A_title_under_the_signature_gives_way_to_the_domain(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    // Family 2: a domain that abbreviates long words, skips small ones, or puts a shortening in the plural.

    [Theory]
    [InlineData("Personalservice Landratsamt Weilbach <personal@lra-weilbach.example.de>", "Ihre Bewerbung – Sachbearbeitung Wohngeld",
        "Sehr geehrte Frau Hofmann,\n\nvielen Dank für Ihr Interesse an einer Tätigkeit beim Landratsamt Weilbach. Leider können wir Sie nicht berücksichtigen.\n\nMit freundlichen Grüßen\nPersonalservice", "Landratsamt Weilbach")]
    [InlineData("Recursos Humanos <rrhh@hriaformosa.example.pt>", "Candidatura – Enfermeiro",
        "Caro Robin,\n\nAgradecemos a sua candidatura ao Hospital da Ria Formosa. Gostaríamos de marcar uma entrevista na quinta-feira.\n\nCumprimentos", "Hospital da Ria Formosa")]
    [InlineData("Decanato <decanato@uvnorte.example.co>", "Carta de oferta",
        "Estimado Robin:\n\nNos complace comunicarle que la Universidad del Valle Norte le ofrece el cargo de Profesor Asistente a tiempo completo.\n\nAtentamente,\nDecanato", "Universidad del Valle Norte")]
    [InlineData("Hollins Veterinary Clinic <jobs@hollinsvets.example.com>", "Your application",
        "Hi Robin,\n\nThank you for applying for the Veterinary Nurse role. We'd like to invite you to a working interview on Friday.\n\nHollins Veterinary Clinic", "Hollins Veterinary Clinic")]
    [InlineData("Bergische Versicherungsgruppe <karriere@bergische-vg.example.de>", "Ihre Bewerbung bei der Bergischen",
        "Sehr geehrter Herr Scholz,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir Sie nicht berücksichtigen konnten.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team", "Bergische Versicherungsgruppe")]
    public void An_abbreviating_domain_picks_the_written_name(string from, string subject, string body, string employer) =>
        Assert.Equal(employer, Company(from, subject, body));

    [Fact]
    public void A_school_named_by_its_own_mailbox_is_not_a_persons_name()
    {
        var company = Company("Rektorat Kantonsschule Birkenau <rektorat@ksbirkenau.example.ch>", "Bewerbung Geografie – Eingangsbestätigung",
            "Sehr geehrte Frau Wyss\n\nWir bestätigen den Eingang Ihrer Bewerbung. Nach Ablauf der Eingabefrist entscheidet die Schulleitung.\n\nFreundliche Grüsse\nSekretariat Rektorat");

        Assert.Equal("Kantonsschule Birkenau", company);
    }

    [Theory]
    [InlineData("Bergischen", "Bergische Versicherungsgruppe", true)]
    [InlineData("Rheinischem", "Rheinische Post", true)]
    [InlineData("Bergische", "Bergische Versicherungsgruppe", false)]
    [InlineData("Bergamo", "Bergische Versicherungsgruppe", false)]
    [InlineData("Bergischen", "Bergische", false)]
    public void A_declined_first_word_is_the_written_name(string company, string written, bool inflected) =>
        Assert.Equal(inflected, CompanyAndRole.Inflected(company, written));

    [Theory]
    [InlineData("Tiago Lourenço <tiago.lourenco@ventoalto.example.pt>", "Engenheiro de Projetos – Ventoalto",
        "Olá Robin,\n\nChamo-me Tiago e faço recrutamento na Ventoalto Energia. Terias disponibilidade para uma chamada rápida?\n\nTiago", "Ventoalto Energia")]
    [InlineData("Maxine Hollis <mhollis@cedarbendtransit.example.gov>", "Signal engineer opening at Cedarbend Transit",
        "Hi Robin,\n\nI'm the engineering recruiter at Cedarbend Transit District. Would you be interested in talking?\n\nMaxine Hollis", "Cedarbend Transit District")]
    [InlineData("Laura Pike <lpike@harrowgateinsurance.example.com>", "Claims Handler at Harrowgate Insurance",
        "Hi Robin,\n\nThank you for your interest in Harrowgate Insurance. We'd like to invite you to an interview on Tuesday.\n\nLaura Pike\nHarrowgate Insurance Company Ltd", "Harrowgate Insurance")]
    public void The_longest_writing_of_the_domains_name_wins(string from, string subject, string body, string employer) =>
        Assert.Equal(employer, Company(from, subject, body));

    // Family 3: a one-word name the employer's own domain goes on from.

    [Theory]
    [InlineData("Juniper", "junipercommunityhealth", "Our community health workers visit families at home.", "Juniper Community Health")]
    [InlineData("Ashcombe", "ashcombeestates", "The estate office will send the terms.", "Ashcombe Estates")]
    [InlineData("Acme", "acmecareers", "", null)]
    [InlineData("Acme", "acmeinc", "", null)]
    [InlineData("Acme", "acme", "", null)]
    [InlineData("Acme", "acme-logistics", "", null)]
    [InlineData("Acme Labs", "acmelabsgroup", "", null)]
    [InlineData("Kind", "kindness", "", null)]
    public void A_domain_goes_on_from_a_one_word_name(string company, string label, string context, string? expected) =>
        Assert.Equal(expected, CompanyAndRole.DomainGoesOn(company, label, context));

    [Fact]
    public void A_welcome_to_a_short_name_takes_the_domains_whole_name()
    {
        var company = Company("Alondra Ruiz <aruiz@marlowefamilyhealth.example.org>", "Offer - Outreach Worker",
            "Hi Robin,\n\nWe'd like to offer you the Outreach Worker position with our family health programme!\n\nWelcome to Marlowe!\nAlondra Ruiz\nProgram Manager");

        Assert.Equal("Marlowe Family Health", company);
    }

    // Family 4: symbols and a department's words around the name.

    [Fact]
    public void A_pictograph_after_the_name_is_not_part_of_it()
    {
        var company = Company("Quillon Digital <people@quillondigital.example.com>", "An offer from Quillon 🎉",
            "Hey Robin,\n\nThe whole team loved working with you, and we're excited to offer you the Frontend Developer role!\n\nThe Quillon People Team");

        Assert.Equal("Quillon Digital", company);
    }

    [Theory]
    [InlineData("Bewerbermanagement Versicherungsgruppe Süd <jobs@vgsued.example.de>", "Versicherungsgruppe Süd")]
    [InlineData("Personalamt Universität Oberbach <personal@uni-oberbach.example.de>", "Universität Oberbach")]
    public void A_department_in_front_of_the_display_name_is_dropped(string from, string employer)
    {
        var company = Company(from, "Ihre Bewerbung", "Sehr geehrte Frau Wyss,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns in zwei Wochen.\n\nMit freundlichen Grüßen");

        Assert.Equal(employer, company);
    }

    // Family 5: an agency names its client short in one place and long in the other.

    [Theory]
    [InlineData("Philippe Gauthier <pgauthier@recrutementnord.example.ca>", "Vernay – offre verbale confirmée",
        "Bonjour Robin,\n\nSuite à notre appel, je te confirme par écrit l'offre verbale de Vernay Logistique : salaire de base de 88 000 $.\n\nPhilippe", "Vernay Logistique")]
    [InlineData("Carolina Fuentes <cfuentes@talentosur.example.cl>", "RE: Jefe de Planta – Grupo Agrícola Los Robles (Talca)",
        "Robin, ¿cómo estás?\n\nTe cuento que ayer Robles me informó que decidió avanzar con un candidato interno.\n\nUn saludo,\nCarolina", "Grupo Agrícola Los Robles")]
    [InlineData("Dana Price <dana@northstaffing.example.com>", "Harlow - verbal offer confirmed",
        "Hi Robin,\n\nAs promised, here is the verbal offer from Harlow Biologics in writing: base salary of $98,000 and a 10% bonus.\n\nDana", "Harlow Biologics")]
    [InlineData("Joris Bakker <joris@techwerving.example.nl>", "Brouwer – terugkoppeling gesprek",
        "Hoi Robin,\n\nIk heb net gebeld met de directeur van Brouwer Installatietechniek: ze willen je graag een tweede gesprek aanbieden.\n\nJoris", "Brouwer Installatietechniek")]
    [InlineData("Inês Costa <ines@recrutamento-norte.example.pt>", "Proposta – Lusomar",
        "Olá Robin,\n\nRecebi hoje a proposta da Lusomar Navegação para a vaga de Oficial de Ponte. Podemos falar amanhã?\n\nInês", "Lusomar Navegação")]
    [InlineData("Katrin Ohm <k.ohm@ohm-personalberatung.example.de>", "Feldmann – Rückmeldung",
        "Hallo Robin,\n\ndie Feldmann Präzisionstechnik möchte Sie gern zu einem zweiten Gespräch einladen.\n\nKatrin Ohm", "Feldmann Präzisionstechnik")]
    public void An_agencys_client_is_named_by_its_longer_form(string from, string subject, string body, string client) =>
        Assert.Equal(client, Company(from, subject, body));
}
