using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company extraction by failure family: the sender's domain letters against the name the mail writes, an
/// agency named instead of its client, a title, a header or a person read as a name, and department words or legal
/// forms around the name. Every example is invented for these tests.
/// </summary>
public sealed class CompanyFamilyTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    // Family 1: the domain slug against the name the mail writes out.

    [Fact]
    public void Initials_in_the_domain_give_way_to_the_name_written_in_the_signature()
    {
        var company = Company("Pennant Bay Ferries <careers@pbferries.example.ca>", "Deckhand application - received",
            "Hi Robin,\n\nYour application for Seasonal Deckhand has been received. We begin interviews in May.\n\nPennant Bay Ferries");

        Assert.Equal("Pennant Bay Ferries", company);
    }

    [Fact]
    public void A_domain_that_shortens_the_last_word_gives_way_to_the_written_name()
    {
        var company = Company("Corinne Vale <corinne@fernleighcap.example.com>", "Coffee next week?",
            "Hi Robin,\n\nFernleigh Capital is growing its credit team and your name came up twice. Could we talk on Thursday about the analyst role?\n\nCorinne");

        Assert.Equal("Fernleigh Capital", company);
    }

    [Fact]
    public void A_shorter_form_in_the_subject_goes_on_to_the_full_name_the_body_writes()
    {
        var company = Company("Tom Hale <tom@redcliffminerals.example.ca>", "Site Geologist at Redcliff - your fieldwork",
            "Hi Robin,\n\nI'm the chief geologist at Redcliff Minerals in northern Ontario and we have a Site Geologist opening. Would you be open to a call?\n\nTom Hale");

        Assert.Equal("Redcliff Minerals", company);
    }

    [Fact]
    public void French_name_written_with_accents_wins_over_the_domain_letters()
    {
        var company = Company("Julien Morel <julien.morel@verdiersante.example.fr>", "Votre entretien",
            "Bonjour Robin,\n\nMerci pour votre venue. Verdier Santé souhaite vous revoir pour un second entretien mardi à 10 h.\n\nJulien Morel");

        Assert.Equal("Verdier Santé", company);
    }

    [Fact]
    public void Dutch_name_keeps_its_article_and_drops_the_town_of_the_domain()
    {
        var company = Company("Sanne de Wit <sanne@fietsmakerij-zwolle.example.nl>", "Je sollicitatie",
            "Hoi Robin,\n\nLeuk dat je wilt komen werken bij De Fietsmakerij. Kun je donderdag om tien uur langskomen voor een gesprek?\n\nSanne");

        Assert.Equal("De Fietsmakerij", company);
    }

    // Family 2: an agency writes for its client.

    [Theory]
    [InlineData("Amy Cole <amy@brightpathtalent.example.com>", "Plant Manager - Norwood",
        "Hi Robin,\n\nI'm a recruiter with Brightpath Talent. I'm working with Norwood Dairy to hire a Plant Manager for their Leeds site. Open to a call?\n\nAmy Cole", "Norwood Dairy")]
    [InlineData("Camila Rojas <crojas@andesheadhunters.example.cl>", "Jefe de Bodega",
        "Hola Robin:\n\nTe escribo de Andes Headhunters. Estamos apoyando a Viñedos Santa Rita en la búsqueda de un Jefe de Bodega. ¿Conversamos esta semana?\n\nCamila", "Viñedos Santa Rita")]
    [InlineData("Marta Lobo <marta@talentlink-lisboa.example.pt>", "Diretor Financeiro",
        "Olá Robin,\n\nSou a Marta, da TalentLink Lisboa. Estou a apoiar o Grupo Atlântico Seguros no recrutamento de um Diretor Financeiro. Podemos falar?\n\nMarta", "Grupo Atlântico Seguros")]
    [InlineData("Katrin Ohm <k.ohm@nord-personalberatung.example.de>", "Disponent (m/w/d)",
        "Hallo Robin,\n\nwir suchen im Auftrag der Hansen Logistik GmbH einen Disponenten für den Standort Kiel. Haben Sie Zeit für ein kurzes Telefonat?\n\nKatrin Ohm", "Hansen Logistik")]
    [InlineData("Pieter Smit <pieter@vakwerving.example.nl>", "Vacature bakker",
        "Hoi Robin,\n\nNamens Bakkerij Van Dam zoeken wij een ervaren bakker voor de vroege dienst. Zullen we even bellen?\n\nPieter", "Bakkerij Van Dam")]
    [InlineData("Léa Fabre <lea@talents-rh.example.fr>", "Poste de chef de rang",
        "Bonjour Robin,\n\nNous accompagnons Maison Delorme dans le recrutement d'un chef de rang pour sa brasserie lyonnaise. Seriez-vous disponible pour un échange ?\n\nLéa", "Maison Delorme")]
    public void An_agency_mail_names_the_client(string from, string subject, string body, string client) =>
        Assert.Equal(client, Company(from, subject, body));

    [Theory]
    [InlineData("Kim Ortega <kortega@leadersearch.example.com>", "Confidential: Director of Nursing",
        "Hello,\n\nI'm leading a confidential search for Bramblewood Health Network, a two-hospital system, for a Director of Nursing.\n\nKim Ortega\nPartner, Leader Search", "Bramblewood Health Network")]
    [InlineData("Luc Perrin <l.perrin@medrh-conseil.example.ch>", "Poste de pharmacien adjoint",
        "Bonjour,\n\nJe vous contacte de la part de la Pharmacie des Tilleuls à Sion, pour laquelle je recrute un pharmacien adjoint.\n\nLuc Perrin", "Pharmacie des Tilleuls")]
    [InlineData("Ngozi Obi <ngozi@talentgate.example.com.ng>", "Site Engineer role - Adeyemi Civil Works, Abuja",
        "Good morning,\n\nI have a Site Engineer opening I am handling for Adeyemi Civil Works. Kindly share a convenient time for a call.\n\nNgozi Obi", "Adeyemi Civil Works")]
    public void An_agency_names_its_client_by_the_search_it_runs(string from, string subject, string body, string client) =>
        Assert.Equal(client, Company(from, subject, body));

    [Theory]
    // The name the mail welcomes the reader to: the ranker (nineteenth round) gives the everyday name the writers of the
    // selection set record, where the rules read the signature's "Kestrel Point Mining".
    [InlineData("Kestrel Point Talent <talent@kestrelpoint.example.com.au>", "Letter of Offer - Site Planner (FIFO)",
        "Hi Robin,\n\nCongratulations! Please find attached your Letter of Offer for the role of Site Planner - Fixed Plant.\n\nWelcome to Kestrel Point!\n\nTalent Acquisition\nKestrel Point Mining", "Kestrel Point")]
    [InlineData("Gemeente Lindeveld – Werving <noreply@werkenbijgemeentelindeveld.example.nl>", "Je sollicitatie is ontvangen – Beleidsadviseur",
        "Beste Robin,\n\nWij hebben je sollicitatie voor de functie Beleidsadviseur ontvangen.\n\nMet vriendelijke groet,\nTeam Werving & Selectie", "Gemeente Lindeveld")]
    public void An_employers_own_talent_team_is_not_an_agency(string from, string subject, string body, string employer) =>
        Assert.Equal(employer, Company(from, subject, body));

    [Fact]
    public void An_agency_that_names_no_client_is_the_only_name_the_mail_gives()
    {
        // The app opens the card under the agency's name, and a later email of the thread that names the client renames it
        // (ApplicationNaming): with no name at all, a receipt would wait unmatched for the person to attach it.
        var company = Company("Dana Price <dana@northgatestaffing.example.com>", "Your application through Northgate Staffing",
            "Hi Robin,\n\nThanks for applying through us. I have your CV and will put you forward once I have spoken to the hiring manager.\n\nDana Price\nNorthgate Staffing");

        Assert.Equal("Northgate Staffing", company);
    }

    [Theory]
    [InlineData("Julien Morel <julien.morel@aubepinesante.example.fr>", "Retour sur votre candidature",
        "Bonjour Robin,\n\nMalheureusement, nous avons choisi un autre candidat.\n\nJulien Morel\n\n© 2026 Aubépine Santé. Tous droits réservés.", "Aubépine Santé")]
    [InlineData("Megan Ortiz <megan.ortiz@larkspurcap.example.com>", "Re: Application for Backend Engineer",
        "Hi Robin,\n\nI've put us down for Tuesday at 15:30.\n\nMegan Ortiz\n\nOn Mon, Jun 2, 2026 at 9:14 AM Robin Ashdown <robin.ashdown@example.com> wrote:\n> Hi Megan, I'm free most afternoons.\n\n© 2026 Larkspur Capital. All rights reserved.", "Larkspur Capital")]
    public void A_footer_under_the_message_or_the_quoted_history_names_the_sender(string from, string subject, string body, string expected) =>
        Assert.Equal(expected, Company(from, subject, body));

    [Fact]
    public void A_recipients_name_inside_a_word_of_the_employer_does_not_hide_it()
    {
        var company = Company("Noordkaap Data <noreply@teamtailor-mail.com>", "Bevestiging sollicitatiegesprek",
            "Beste Noor,\n\nHierbij bevestigen we je gesprek op donderdag om 11:00.\n\nTot dan!\nHet team", "Noor Jansen <noor.jansen@example.com>");

        Assert.Equal("Noordkaap Data", company);
    }

    // Family 3: a title, a header or a person read as a name.

    [Fact]
    public void A_job_title_under_the_signature_is_not_the_employer()
    {
        var company = Company("Thomas Weber <t.weber@kanzlei-weber.example.de>", "Ihre Bewerbung",
            "Sehr geehrte Frau Ashdown,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie gern zu einem Gespräch am Montag ein.\n\nThomas Weber\nRechtsanwalt\nKanzlei Weber & Roth");

        Assert.Equal("Kanzlei Weber & Roth", company);
    }

    [Theory]
    [InlineData("Dr Elise Marchand <clinique.vet@example.fr>", "Votre candidature", "Bonjour Robin,\n\nMerci pour votre candidature, pouvez-vous venir jeudi ?\n\nElise")]
    [InlineData("Prof. Dr. Karin Wolff <wolff@example.de>", "Ihre Bewerbung", "Liebe Frau Ashdown,\n\nich lade Sie gern zum Gespräch ein.\n\nKarin Wolff")]
    [InlineData("Nora Castel <elfaro.cafe@example.es>", "Tu candidatura", "Hola Robin,\n\n¿Puedes venir el lunes a una prueba?\n\nNora")]
    public void A_person_or_a_title_is_never_the_employer(string from, string subject, string body)
    {
        var company = Company(from, subject, body);

        Assert.True(company is null || !company.Contains("Elise", StringComparison.Ordinal) && !company.StartsWith("Prof", StringComparison.Ordinal) && company != "Nora Castel", company);
    }

    [Theory]
    [InlineData("Sent: Saturday")]
    [InlineData("Name: Dylan Roberts")]
    [InlineData("Pharmacist in Charge")]
    [InlineData("Oprichter")]
    [InlineData("Bewerbungsportal")]
    [InlineData("Site de Blagnac")]
    [InlineData("Mrs Claire Hopkins")]
    public void Headers_titles_and_departments_are_not_names(string line)
    {
        var company = Company("Jo <jo@example.com>", "Next steps", $"Hi Robin,\n\nThanks for your application to {line}.\n\nJo");

        Assert.NotEqual(line, company);
    }

    // Family 4: department words and legal forms around the name; an acronym gives way to the name it stands for.

    [Theory]
    [InlineData("WCHS Recruitment <recruitment@wchs.example.gov.au>", "Your application - Clinical Nurse",
        "Dear Robin,\n\nThank you for applying to Wattle Coast Health Service. Your application for Clinical Nurse has been received.\n\nWCHS Recruitment", "Wattle Coast Health Service")]
    [InlineData("CHV Recrutement <recrutement@chv.example.fr>", "Votre candidature",
        "Bonjour Robin,\n\nNous avons bien reçu votre candidature au Centre Hospitalier de la Vallée. Nous revenons vers vous sous quinze jours.\n\nCHV Recrutement", "Centre Hospitalier de la Vallée")]
    public void An_acronym_gives_way_to_the_name_the_mail_writes_out(string from, string subject, string body, string expected) =>
        Assert.Equal(expected, Company(from, subject, body));

    [Theory]
    [InlineData("Westpoint Ferries Crewing <crewing@westpointferries.example.co.uk>", "Westpoint Ferries")]
    [InlineData("Maplecroft School Office <office@maplecroft.example.org>", "Maplecroft School")]
    [InlineData("Costa Azul Hoteles Empleo <no-reply@empleo.costaazul.example.es>", "Costa Azul Hoteles")]
    [InlineData("Bäckerei Lindner Personal <jobs@baeckerei-lindner.example.de>", "Bäckerei Lindner")]
    [InlineData("Gerencia del Hospital San Roque <gerencia@hsanroque.example.es>", "Hospital San Roque")]
    [InlineData("Fjordline Shipping AS <careers@fjordline.example.no>", "Fjordline Shipping")]
    public void Department_words_and_legal_forms_are_not_part_of_the_name(string from, string expected) =>
        Assert.Equal(expected, Company(from, "Your application", "Hello Robin,\n\nThank you, we have received your application and will be in touch."));
}
