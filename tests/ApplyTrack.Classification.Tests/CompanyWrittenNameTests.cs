using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company extraction, second round of families: where a person-written mail writes the employer (an
/// organisation's display name on a free-mail address, a recruiting team's sign-off), how a domain's letters are
/// written when the mail never writes the name (accents, trade words, the owner's surname), an agency's client named
/// in the subject and the body, and what is never the employer (a programme, a surname after "van", a role in an
/// agency's subject). Every example is invented for these tests.
/// </summary>
public sealed class CompanyWrittenNameTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    // A small business writes from a free-mail address under its own name: the display name is the employer, even
    // when the mailbox repeats its words.

    [Theory]
    [InlineData("Harbour Removals <harbourremovals.office@gmail.com>", "your application",
        "Dear Sir, we receive your application for driver job. We call you next week. Dave", "Harbour Removals")]
    [InlineData("Bäckerei Lindner <baeckerei.lindner@gmx.de>", "Bewerbung",
        "Hallo, danke für die Bewerbung als Verkäuferin. Kommen Sie am Montag um 9 Uhr vorbei? Gruß M. Lindner", "Bäckerei Lindner")]
    [InlineData("Boucherie Marceau <boucherie.marceau@orange.fr>", "candidature",
        "Bonjour, merci pour votre candidature pour le poste d'apprenti. Passez samedi matin à la boutique. Gilles", "Boucherie Marceau")]
    [InlineData("Ferretería Ruiz <ferreteriaruiz.tienda@gmail.com>", "el puesto",
        "Hola, recibimos tu solicitud para dependiente. Ven el lunes a las 10 para una entrevista. Paco", "Ferretería Ruiz")]
    [InlineData("Slagerij Bosman <slagerijbosman@ziggo.nl>", "sollicitatie",
        "Hoi, bedankt voor je sollicitatie als zaterdaghulp. Kun je woensdag om vier uur langskomen? Groet, Henk", "Slagerij Bosman")]
    [InlineData("Padaria Estrela <padaria.estrela.lda@gmail.com>", "candidatura",
        "Olá, recebemos a sua candidatura para balconista. Pode vir cá na segunda às 9h para uma conversa? Cumprimentos, Rosa", "Padaria Estrela")]
    public void An_organisations_display_name_on_a_free_mail_address_names_the_employer(string from, string subject, string body, string expected) =>
        Assert.Equal(expected, Company(from, subject, body));

    // A recruiting team signs, and the line under it (or after its comma) is the organisation, not a site the body
    // mentions ("at Aldermoor General Hospital").

    [Theory]
    [InlineData("Recruitment Team <recruitment@aldermoor-nhs.example.org.uk>", "Interview - Physiotherapist (Band 5)",
        "Dear Robin,\n\nWe would like to invite you to interview on Monday 4 May at 10:00 at Aldermoor General Hospital, Outpatients, Level 2.\n\nKind regards,\nRecruitment Team\nAldermoor Community Health", "Aldermoor Community Health")]
    [InlineData("Karriere <karriere@stadtwerke-kelbach.example.de>", "Einladung zum Vorstellungsgespräch",
        "Hallo Robin,\n\nwir laden Sie am Dienstag um 10 Uhr in das Kundenzentrum Kelbach Mitte ein.\n\nFreundliche Grüße\nPersonalabteilung\nStadtwerke Kelbach", "Stadtwerke Kelbach")]
    [InlineData("Recrutement <rh@groupe-aubrac.example.fr>", "Votre entretien",
        "Bonjour Robin,\n\nNous vous proposons un entretien jeudi à 14 h au Centre Logistique Aubrac Sud.\n\nCordialement,\nService des ressources humaines\nGroupe Aubrac Distribution", "Groupe Aubrac Distribution")]
    [InlineData("Selección <seleccion@hospital-levante.example.es>", "Entrevista",
        "Hola Robin:\n\nTe citamos el martes a las 11 en el Centro de Salud Levante Norte.\n\nUn saludo,\nDepartamento de Recursos Humanos\nHospital Comarcal Levante", "Hospital Comarcal Levante")]
    [InlineData("Werving <werving@zorggroep-duinrand.example.nl>", "Uitnodiging gesprek",
        "Beste Robin,\n\nWe nodigen je uit op donderdag om 14.00 uur op locatie Verpleeghuis Duinrand Oost.\n\nMet vriendelijke groet,\nAfdeling HR\nZorggroep Duinrand", "Zorggroep Duinrand")]
    [InlineData("Recrutamento <recrutamento@hospital-douro.example.pt>", "Entrevista",
        "Olá Robin,\n\nConvidamos para uma entrevista na quarta-feira às 10h no Polo Douro Sul.\n\nCom os melhores cumprimentos,\nEquipa de Recrutamento\nHospital Privado do Douro", "Hospital Privado do Douro")]
    public void A_recruiting_teams_sign_off_names_the_organisation(string from, string subject, string body, string expected) =>
        Assert.Equal(expected, Company(from, subject, body));

    [Fact]
    public void A_programme_that_follows_the_name_is_not_part_of_it()
    {
        var company = Company("Assessment Centre Team <graduates@marlow-group.example.com>", "Re: Application received: Graduate Scheme 2027",
            "Dear Robin,\n\nCongratulations - you've passed the first screening for the Marlow Group Finance Graduate Scheme. The online tests are next.\n\nGraduate Recruitment, Marlow Group");

        Assert.Equal("Marlow Group", company);
    }

    // The mail never writes the name: the domain's letters, written as the name would be.

    [Theory]
    [InlineData("Lucía Ortega <lucia@ferreteria-ortega.example.es>", "El puesto",
        "Martín, el puesto es tuyo si lo querés. Arrancás el lunes a las 8. Avisame. Lucía", "Ferretería Ortega")]
    [InlineData("Vítor Gonçalves <vitor@oficina-goncalves.example.pt>", "A vaga é sua",
        "Ricardo, se quiser, a vaga de mecânico é sua. Começa dia 3. Passe cá amanhã. Vítor", "Oficina Gonçalves")]
    [InlineData("Fanny Morel <fanny@creche-les-pitchouns.example.fr>", "Journée d'observation",
        "Bonjour Robin,\n\nNous aimerions vous accueillir jeudi matin pour une demi-journée d'observation.\n\nFanny", "Crèche Les Pitchouns")]
    [InlineData("Jörg Kessler <joerg@baeckerei-kessler.example.de>", "Probearbeiten",
        "Hallo Robin, komm doch am Samstag um 6 Uhr zum Probearbeiten vorbei. Jörg", "Bäckerei Kessler")]
    [InlineData("Alberto Núñez <alberto@nunez-construcciones.example.mx>", "Residente de obra",
        "José, el cliente pospuso la obra, así que ya no vamos a contratar al residente. Lo siento. Alberto", "Núñez Construcciones")]
    public void A_domains_trade_word_and_the_senders_surname_are_written_with_their_accents(string from, string subject, string body, string expected) =>
        Assert.Equal(expected, Company(from, subject, body));

    [Theory]
    [InlineData("Esme Hart <esme.hart@riverbend-comms.example.com>", "Copywriter - next step",
        "Hi Robin, could you send over two writing samples for the copywriter role? That's the next step before we meet. Thanks, Esme", "Riverbend Communications")]
    [InlineData("Prof. Alan Reid <a.reid@ashgroveuni.example.ac.uk>", "Lectureship – offer of appointment",
        "Dear Dr Ashdown,\n\nI am delighted to confirm that the panel has recommended your appointment as Lecturer in History.\n\nAlan Reid\nHead of School", "Ashgrove University")]
    [InlineData("Dr. Maya Lund <mlund@larchwoodortho.example.com>", "Re: Treatment coordinator",
        "Robin,\n\nWe would love for you to join us as Treatment Coordinator. I'd like you to start on the 16th.\n\nDr. Lund", "Larchwood Orthodontics")]
    public void A_domains_shortened_last_word_is_written_out(string from, string subject, string body, string expected) =>
        Assert.Equal(expected, Company(from, subject, body));

    [Fact]
    public void A_german_universitys_domain_is_not_written_out_in_english()
    {
        var company = Company("Prof. Anna Berg <a.berg@uni-lindenau.example.de>", "Ihre Bewerbung",
            "Sehr geehrte Frau Ashdown,\n\nvielen Dank für Ihre Bewerbung als wissenschaftliche Mitarbeiterin. Wir melden uns nach Ablauf der Frist.\n\nAnna Berg");

        Assert.Equal("Uni Lindenau", company);
    }

    [Theory]
    [InlineData("Rui Tavares <geral@oficinatavares.example.pt>", "RE: Candidatura mecânico",
        "Bom dia,\nA vaga já foi preenchida. Obrigado e boa sorte.\nR. Tavares", "Oficina Tavares")]
    [InlineData("Ramón Iglesias <info@panaderiaiglesias.example.es>", "Re: Solicitud",
        "Hola, el puesto ya está cubierto. Gracias y suerte.\nR. Iglesias", "Panadería Iglesias")]
    [InlineData("Jens Brandt <info@autohausbrandt.example.de>", "AW: Bewerbung",
        "Hallo, die Stelle ist leider schon vergeben. Danke trotzdem.\nJ. Brandt", "Autohaus Brandt")]
    public void The_owners_name_on_the_business_domain_is_not_the_employer(string from, string subject, string body, string expected) =>
        Assert.Equal(expected, Company(from, subject, body));

    // An agency writes its client's name in the subject and again in the body.

    [Theory]
    [InlineData("Nils Hauser <n.hauser@techscout-personal.example.de>", "Nordluft Sensorik – Rückmeldung",
        "Hallo Robin,\n\nleider keine guten Nachrichten: Nordluft Sensorik hat das Projekt auf Eis gelegt, die Stelle wird nicht besetzt.\n\nViele Grüße\nNils Hauser", "Nordluft Sensorik")]
    [InlineData("Rui Salgado <rui@talentos-porto.example.pt>", "Proposta do Banco Ribeira Digital",
        "Inês,\n\nComo te disse ao telefone, o Banco Ribeira Digital quer mesmo avançar contigo! Início em setembro.\n\nRui", "Banco Ribeira Digital")]
    [InlineData("Flora Eckert <f.eckert@itsearch-partner.example.de>", "Rückmeldung von der Volksbank",
        "Hi Robin,\n\ndie Volksbank hat sich gemeldet. Sie gehen mit dir leider nicht weiter.\n\nFlora", "Volksbank")]
    [InlineData("Eleni Markou <eleni@bluewaterhunt.example.gr>", "Fleet Superintendent - Poseidon Tankers (Piraeus)",
        "Dear Robin,\n\nI'm a search consultant with Bluewater Hunt. Poseidon Tankers in Piraeus are looking for a Fleet Superintendent. Open to a call?\n\nEleni", "Poseidon Tankers")]
    [InlineData("Gabriela Soto <gsoto@consultorarh.example.com.ar>", "Rol de Jefe de Planta en Lácteos del Sur",
        "Hola Robin,\n\nSoy Gabriela, consultora en RH Consultores. Estoy acompañando a Lácteos del Sur en la búsqueda de un Jefe de Planta. ¿Hablamos el jueves?\n\nGabriela", "Lácteos del Sur")]
    [InlineData("Paul Girard <pgirard@recrutementboreal.example.ca>", "Poste d'analyste – Assurances Laurier",
        "Bonjour Robin,\n\nJe suis recruteur chez Recrutement Boréal. Assurances Laurier m'a mandaté pour trouver un analyste. As-tu 15 minutes?\n\nPaul", "Assurances Laurier")]
    [InlineData("Yara Bos <yara@finstaff.example.nl>", "Terugkoppeling De Wit Groep",
        "Hoi Robin,\n\nIk heb net de terugkoppeling gekregen van De Wit Groep: ze gaan verder met een andere kandidaat.\n\nGroet,\nYara\nSenior Consultant – Finstaff", "De Wit Groep")]
    [InlineData("Ruth Okafor <rokafor@civicsearch.example.org>", "Executive Director search",
        "Dear Robin,\n\nWe've been retained by the board of Riverside Housing Trust to lead the search for their next Executive Director. Would you have 30 minutes?\n\nRuth Okafor\nPartner, Civic Search", "Riverside Housing Trust")]
    public void An_agency_mail_names_the_client_it_writes_about(string from, string subject, string body, string client) =>
        Assert.Equal(client, Company(from, subject, body));

    [Theory]
    [InlineData("Sales & Marketing – Feedback", "Hi Robin,\n\nSales & Marketing at Kestrel Foods came back: they liked you. & more soon.\n\nAmy")]
    [InlineData("& – Rückmeldung", "Hallo Robin,\n\n& die Rückmeldung kommt morgen.\n\nAmy")]
    [InlineData("A & B", "A & B")]
    public void A_subject_run_of_an_ampersand_alone_reads_without_failing(string subject, string body)
    {
        var company = Company("Amy Cole <amy@brightpath-recruitment.example.com>", subject, body);

        Assert.NotEqual("", company);
    }

    [Fact]
    public void A_role_in_a_recruiting_teams_subject_is_not_a_client()
    {
        var company = Company("Marsh Valley Water <careers@marshvalleywater.example.co.uk>", "Your application - Water Network Technician",
            "Dear Robin,\n\nThank you for your application for the role of Water Network Technician. We have received it.\n\nMarsh Valley Water Recruitment");

        Assert.Equal("Marsh Valley Water", company);
    }

    [Theory]
    [InlineData("Recrutamento – Clínica Vale Sereno <recrutamento@clinicavalesereno.example.pt>", "Candidatura recebida – Enfermeiro(a) Bloco Operatório",
        "Cara Robin,\n\nAgradecemos o seu interesse na Clínica Vale Sereno. A sua candidatura para Enfermeiro(a) de Bloco Operatório foi recebida.\n\nEquipa de Recrutamento\nClínica Vale Sereno", "Clínica Vale Sereno")]
    [InlineData("Recrutement – Maison Aubert <recrutement@maisonaubert.example.fr>", "Candidature reçue – Vendeur(se) Boutique Opéra",
        "Bonjour Robin,\n\nMerci pour votre intérêt pour Maison Aubert. Votre candidature au poste de Vendeur(se) Boutique Opéra a bien été reçue.\n\nL'équipe Recrutement\nMaison Aubert", "Maison Aubert")]
    public void An_employers_own_recruiting_team_named_first_is_not_an_agency(string from, string subject, string body, string expected) =>
        Assert.Equal(expected, Company(from, subject, body));

    [Fact]
    public void A_surname_after_van_is_not_an_employer()
    {
        var company = Company("Linda Kok <linda.kok@groenhorst-hoveniers.example.nl>", "Uitnodiging sollicitatiegesprek",
            "Beste Robin,\n\nWe nodigen je uit voor een gesprek op dinsdag.\n\nLocatie: Groenhorst Hoveniers, Tuinderslaan 7, Honselersdijk\n\nJe spreekt met Erik van Velzen (bedrijfsleider) en mij.\n\nMet vriendelijke groet,\nLinda Kok\nP&O-adviseur\nGroenhorst Hoveniers");

        Assert.Equal("Groenhorst Hoveniers", company);
    }

    // An ATS's documentation address and an employer whose name holds a vendor's word.

    [Theory]
    [InlineData("Seabank Pharmaceuticals <seabank@successfactors.example.com>", "Seabank Pharmaceuticals - QA Associate (Job ID 4812)",
        "Dear Robin,\n\nThank you for your application for QA Associate. We have decided to proceed with other candidates.\n\nSeabank Pharmaceuticals Recruiting", "Seabank Pharmaceuticals")]
    [InlineData("Cornerstone Primary Academy <office@cornerstoneprimary.example.org.uk>", "Teaching Assistant",
        "Dear Robin,\n\nThank you for interviewing for the Teaching Assistant post. We have offered the post to another candidate.\n\nMrs J. Pike\nHeadteacher", "Cornerstone Primary Academy")]
    public void A_vendors_word_or_address_does_not_hide_the_employer(string from, string subject, string body, string expected) =>
        Assert.Equal(expected, Company(from, subject, body));
}
