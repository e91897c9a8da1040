using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Job mail the everyday-mail guards used to take (issue 9, guard leaks): a flat, a lease, a university, a conference, a
/// manuscript, a nursery or a club mentioned in a mail that hires the reader in words the job-context cue does not know
/// ("we zoeken precies zo iemand", "su currículum", "entrevista profissional de seleção", "proceso selectivo"), and the
/// everyday look-alikes each guard exists for, which it must still stop. Examples written for these tests.
/// </summary>
public sealed class GuardLeakFamilyTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "reader@example.com", subject, body, DateTimeOffset.Parse("2026-06-02T09:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    // The housing-credit-study-visa guard: "Voluntariado", "piso 3", "a residential lease" beside a post offered or tested.
    [Theory]
    [InlineData("Marta Quiroga <marta@refugiopatitas.example.org>", "Bienvenida",
        "Hola Irene:\n\nTras la entrevista con la junta, queremos que seas nuestra nueva Coordinadora de Voluntariado. Son 1.600 € al mes, contrato de un año, empezando el 2 de marzo.\n\n¿Te parece bien? Así preparo los papeles.\n\nMarta")]
    [InlineData("Hospital Santa Luzia – Recursos Humanos <rh@hsluzia.example.pt>", "Convocatória – Ref.ª 12/2026",
        "Exmo. Senhor Nuno Ramos,\n\nFica convocado para a entrevista profissional de seleção no dia 20 de abril, pelas 10h00, no piso 3 do Edifício B.\n\nDeverá trazer o cartão de cidadão.\n\nO Júri")]
    [InlineData("Vendor Management <vendors@lexlingua.example.co.uk>", "Legal interpreter - sample translation",
        "Dear Tomás,\n\nThank you for your interest in joining our panel of legal interpreters (Spanish > English). As the next step, please complete the attached sample: an extract from a residential lease of about 400 words, with a note of any terms you would query.\n\nThe sample should be returned within three working days. Every sample is assessed by our senior reviser, and we'll be in touch with the outcome.\n\nKind regards,\nVendor Management Team")]
    // The place-slot-paper-tryout guard: a conference talk, a manuscript to correct, a school's "plaza", with a person hiring.
    [InlineData("Sander Post <sander@kassasoft.example.nl>", "Je talk op het DevOps-congres",
        "Hoi Mila,\n\nIk zag je talk op het DevOps-congres in Utrecht. Ik ben engineering manager bij Kassasoft en we zoeken een platform engineer die ons deploymentproces kan vernieuwen.\n\nZou je openstaan voor een kop koffie?\n\nSander")]
    [InlineData("Claire Aubert <c.aubert@editions-marelle.example.fr>", "Petit test avant notre rencontre",
        "Bonjour Inès,\n\nMerci pour notre appel. Je vous envoie quinze pages d'un manuscrit à corriger ; comptez trois heures. Nous en reparlerons lors de l'entretien avec notre éditrice.\n\nClaire")]
    [InlineData("Tom Achterberg <tom@fernhousebooks.example.com>", "Re: Proofreading test - Junior Editor",
        "Dear Priya,\n\nThank you for returning the proofreading test. I'm sorry to say we won't be taking your application further; other candidates caught more of the structural problems in the manuscript.\n\nBest wishes,\nTom")]
    [InlineData("Juana Méndez <jmendez@colegiolaalameda.example.es>", "Plaza de maestra de Primaria",
        "Estimada Sara:\n\nLe agradecemos el envío de su currículum para la plaza de maestra de Primaria. Nos gustaría invitarle a una entrevista con la dirección el miércoles a las 16:30 en el colegio.\n\nUn saludo,\nJuana Méndez")]
    // The invitation-without-a-job, everyday-appointment and something-else guards: a search for one person, a selection
    // procedure, a secretary's "seu currículo", a public employer's register of applications.
    [InlineData("Bart Kuipers <bart@akkerdata.example.nl>", "Je werk bij Zonnepark",
        "Hoi Eline,\n\nIk ben CTO bij Akkerdata (we maken software voor akkerbouwers). Een oud-collega van je, Joris, tipte me dat jij de beste data-analist was met wie hij ooit werkte.\n\nWe zoeken precies zo iemand. Heb je zin om eens koffie te drinken in Zwolle, vrijblijvend?\n\nBart")]
    [InlineData("Selectiesecretariaat Gemeente Hoorndijk <selectie@hoorndijk.example.be>", "Selectieprocedure preventieadviseur – mondeling gedeelte",
        "Geachte heer Claes,\n\nMet genoegen delen wij u mee dat u geslaagd bent voor het schriftelijk gedeelte van de selectieprocedure voor preventieadviseur (B1-B3). U behaalde 68 op 100.\n\nU wordt uitgenodigd voor het mondeling gedeelte op dinsdag 12 mei om 14.00 uur in het gemeentehuis, Markt 1. Breng uw identiteitskaart mee.\n\nDe selectiesecretaris")]
    [InlineData("Paula Ribeiro <paula@escolaidiomasmar.example.br>", "Re: Currículo – professor de espanhol",
        "Oi, Diego, tudo bem?\n\nRecebemos sim seu currículo, obrigada! Só ficou faltando o diploma DELE que você comentou. Consegue me mandar por aqui? Aí encaminho tudo para a coordenação.\n\nUm abraço,\nPaula Ribeiro\nSecretaria – Escola Mar")]
    [InlineData("Geert Zijlstra <geert@zijlstra-melkvee.example.nl>", "Bedrijfsleider",
        "Jelle,\n\nJe moeder vertelde op de ledenvergadering dat je terug wilt naar Friesland. Wij zoeken iemand die over een paar jaar ons bedrijf kan overnemen, eerst in loondienst.\n\nKom je een keer langs om erover te praten?\n\nGeert")]
    [InlineData("Registro General – Ayuntamiento de Villanueva <registro@villanueva.example.es>", "Justificante de registro – solicitud de participación",
        "Se adjunta justificante del registro de su solicitud de participación en el proceso selectivo para la bolsa de Socorrista, n.º de registro 2026-E-1187.\n\nLa lista provisional de admitidos y excluidos se publicará en la sede electrónica.")]
    // The other-role guard's "reporter": in French, to put the recruitment off.
    [InlineData("Studio Perrin <studio@perrin-archi.example.fr>", "Stage de fin d'études",
        "Bonjour Hugo,\n\nMerci pour votre visite. Nous devons reporter le recrutement de stagiaires à l'automne, faute de projets signés. Nous vous recontacterons.\n\nMarc Perrin")]
    public void Job_mail_the_everyday_guards_used_to_take_stays_job_mail(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label != "none", Explain(result));
    }

    [Fact]
    public void French_reporter_meaning_to_postpone_is_not_the_press()
    {
        var postponed = Model.EmailFeatures.Of(new EmailInput("Studio Perrin <studio@perrin-archi.example.fr>", null, "Stage de fin d'études",
            "Nous devons reporter le recrutement de stagiaires à l'automne, faute de projets signés.", null));
        var press = Model.EmailFeatures.Of(new EmailInput("Julie Caron <j.caron@ouest-quotidien.example.fr>", null, "Article",
            "Je suis reporter au Ouest Quotidien et je prépare un article sur les boulangeries du quartier.", null));

        Assert.False(postponed.Has(Cues.OtherRole));
        Assert.True(press.Has(Cues.OtherRole));
    }

    // What each guard is for: a flat, an admission, a study's screening, a club's trial, a friend's coffee, a dentist, a
    // scholarship, a reporter.
    [Theory]
    [InlineData("Maple Lettings <lettings@maplelettings.example.co.uk>", "Your application for 3 Quarry Road",
        "Dear Ms Rowe,\n\nGood news: the landlord has accepted your application for 3 Quarry Road. Please pay the holding deposit within 48 hours so we can start referencing.\n\nMaple Lettings")]
    [InlineData("Oficina de Admisión <admision@unisur.example.es>", "Resolución de admisión",
        "Estimada Irene:\n\nNos complace comunicarle que ha sido admitida en el Máster en Traducción. Formalice la matrícula antes del 30 de julio.\n\nOficina de Admisión")]
    [InlineData("STRIDE Study <study@heartstudy.example.org>", "Screening visit",
        "Dear Mr Hale,\n\nThank you for your interest in taking part in our clinical study. The next step is a screening interview with a research nurse on Monday at 9am.\n\nSTRIDE study team")]
    [InlineData("FC Noordwijk Jeugd <jeugd@fcnoordwijk.example.nl>", "Proeftraining",
        "Hoi Mila,\n\nJouw zoon mag komen meetrainen bij de JO12 voor een proeftraining op zaterdag om 9 uur. We zoeken nog een keeper, dus neem handschoenen mee.\n\nJeugdcommissie")]
    [InlineData("Mark <mark.h@gmail.com>", "coffee?",
        "Hi Dan,\n\nWould you be up for a coffee on Saturday? I'd love to hear how the move went. Are you free around 10?\n\nMark")]
    [InlineData("Sofie <sofie.b@gmail.com>", "Koffie?",
        "Hoi Eline,\n\nZou je tijd hebben voor een kop koffie deze week? Ik wil je graag spreken over de bruiloft.\n\nSofie")]
    [InlineData("Tandartspraktijk De Molen <info@tandartsdemolen.example.nl>", "Herinnering afspraak",
        "Beste Jelle,\n\nDit is een herinnering aan uw afspraak bij de tandarts op dinsdag om 10.15 uur voor de periodieke controle.\n\nTandartspraktijk De Molen")]
    [InlineData("Fundación Horizonte <becas@fhorizonte.example.org>", "Resolución de becas",
        "Estimada Sara:\n\nLamentamos comunicarte que no has sido seleccionada en la convocatoria de becas de este año.\n\nFundación Horizonte")]
    [InlineData("Julie Caron <j.caron@ouest-quotidien.example.fr>", "Article sur votre boulangerie",
        "Bonjour,\n\nJe suis reporter au Ouest Quotidien et je prépare un article sur les boulangeries du quartier. Auriez-vous vingt minutes pour un entretien cette semaine ?\n\nJulie Caron")]
    public void Everyday_look_alikes_stay_everyday(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    [Theory]
    [InlineData("We're looking for a senior product designer to lead accessibility.")]
    [InlineData("Wir suchen ab Frühjahr eine Teamleitung für unser Data-Team.")]
    [InlineData("Nous cherchons justement un responsable de la conservation.")]
    [InlineData("Estamos en la búsqueda de un Jefe de Bodega para la nueva planta.")]
    [InlineData("Wij zoeken iemand die het bedrijf kan overnemen.")]
    [InlineData("Estamos à procura de uma enfermeira para o turno da noite.")]
    [InlineData("Le confirmamos que hemos recibido su currículum.")]
    [InlineData("Voici vingt pages d'un manuscrit à corriger avant votre rencontre avec notre directrice.")]
    public void Words_of_hiring_the_reader_are_read_in_each_language(string body)
    {
        Assert.True(Cues.HiresTheReader("", body));
    }

    [Theory]
    [InlineData("We're looking for a tenant from March; the flat has two bedrooms.")]
    [InlineData("Wir suchen einen Nachmieter für die Wohnung in der Gartenstraße.")]
    [InlineData("Nous cherchons un colocataire pour la chambre du fond.")]
    [InlineData("Buscamos un compañero de piso a partir de enero.")]
    [InlineData("We zoeken nog een vrijwilliger voor de zaterdagochtend.")]
    [InlineData("Your talk proposal has been accepted for the conference.")]
    public void What_else_is_searched_for_is_not_hiring(string body)
    {
        Assert.False(Cues.HiresTheReader("", body));
    }
}
