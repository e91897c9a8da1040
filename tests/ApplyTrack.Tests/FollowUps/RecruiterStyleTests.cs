using ApplyTrack.Classification;
using ApplyTrack.Features.FollowUps;

namespace ApplyTrack.Tests.FollowUps;

/// <summary>Style detection on recruiter emails written for these tests, formal and casual, in each of the six languages.</summary>
public sealed class RecruiterStyleTests
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, string, Register, string, string, string?> Emails => new()
    {
        {
            "en", "Priya Raman <priya.raman@northwind.example>", """
            Hi Alex,

            Thanks so much for chatting yesterday! I'm putting together the next round now – let's find a slot that works for you.
            Could you do Thursday at 14:30? It'll be about 45 minutes with the team.

            Cheers,
            Priya
            """, Register.Casual, "Hi", "Cheers", "Priya"
        },
        {
            "en", "Margaret Collins <m.collins@fabrikam.example>", """
            Dear Mr Morgan,

            Thank you for your application for the position of Financial Controller. We are pleased to invite you to an interview
            with our Chief Financial Officer. We would be grateful if you could confirm your availability at your earliest convenience.

            Yours sincerely,
            Margaret Collins
            Head of Talent Acquisition
            """, Register.Formal, "Dear", "Yours sincerely", "Margaret"
        },
        {
            "de", "Jana Becker <jana.becker@fabrikam.example>", """
            Hallo Alex,

            danke für deine Bewerbung! Ich würde dich gern kennenlernen – hast du am Donnerstag um 14:00 Zeit für ein kurzes Gespräch?
            Sag mir einfach, ob dir das passt.

            Viele Grüße
            Jana
            """, Register.Casual, "Hallo", "Viele Grüße", "Jana"
        },
        {
            "de", "Dr. Thomas Vogel <thomas.vogel@contoso.example>", """
            Sehr geehrter Herr Morgan,

            vielen Dank für Ihre Bewerbung als Leiter Controlling. Gerne möchten wir Sie zu einem persönlichen Gespräch einladen.
            Bitte teilen Sie uns mit, ob Ihnen der 12. Dezember um 10:00 Uhr passt.

            Mit freundlichen Grüßen
            Thomas Vogel
            Personalabteilung
            """, Register.Formal, "Sehr geehrter", "Mit freundlichen Grüßen", "Thomas"
        },
        {
            "fr", "Camille Laurent <camille.laurent@tailspin.example>", """
            Salut Alex,

            Merci pour ta candidature ! Est-ce que tu serais dispo jeudi à 15h00 pour un premier échange avec l'équipe ?
            Dis-moi ce qui t'arrange.

            À bientôt,
            Camille
            """, Register.Casual, "Salut", "À bientôt", "Camille"
        },
        {
            "fr", "Hélène Dubois <helene.dubois@adatum.example>", """
            Madame, Monsieur,

            Nous vous remercions de votre candidature au poste de responsable juridique. Nous souhaiterions vous rencontrer
            afin d'échanger sur votre parcours. Pourriez-vous nous indiquer vos disponibilités ?

            Nous vous prions d'agréer nos salutations distinguées.
            Cordialement,
            Hélène Dubois
            """, Register.Formal, "Madame, Monsieur", "Cordialement", "Hélène"
        },
        {
            "nl", "Sanne de Vries <sanne@litware.example>", """
            Hoi Alex,

            Leuk dat je hebt gesolliciteerd! Heb je donderdag om 11:00 tijd voor een kort gesprek met ons team?
            Laat maar weten wat jou uitkomt.

            Groetjes,
            Sanne
            """, Register.Casual, "Hoi", "Groetjes", "Sanne"
        },
        {
            "nl", "Pieter Jansen <p.jansen@woodgrove.example>", """
            Geachte heer Morgan,

            Hartelijk dank voor uw sollicitatie naar de functie van controller. Graag nodigen wij u uit voor een gesprek.
            Wilt u ons laten weten of u op 10 december om 14:00 beschikbaar bent?

            Met vriendelijke groet,
            Pieter Jansen
            """, Register.Formal, "Geachte", "Met vriendelijke groet", "Pieter"
        },
        {
            "es", "Lucía Martín <lucia.martin@proseware.example>", """
            Hola Alex,

            ¡Gracias por tu candidatura! Me encantaría charlar contigo. ¿Te viene bien el jueves a las 12:00?
            Dime qué te va mejor.

            Un abrazo,
            Lucía
            """, Register.Casual, "Hola", "Un abrazo", "Lucía"
        },
        {
            "es", "Javier Ortega <javier.ortega@fourthcoffee.example>", """
            Estimado Sr. Morgan:

            Le agradecemos su interés en el puesto de Director Financiero. Nos complace invitarle a una entrevista con
            nuestro comité de selección. Le rogamos que nos confirme su disponibilidad para el 9 de diciembre a las 10:00.

            Atentamente,
            Javier Ortega
            """, Register.Formal, "Estimado", "Atentamente", "Javier"
        },
        {
            "pt", "Beatriz Costa <beatriz.costa@wingtip.example>", """
            Oi Alex, tudo bem?

            Valeu pela candidatura! Queria bater um papo contigo na quinta às 16:00. Me diz se fica bom para ti.

            Abraços,
            Beatriz
            """, Register.Casual, "Oi", "Abraços", "Beatriz"
        },
        {
            "pt", "Ricardo Almeida <ricardo.almeida@woodgrove.example>", """
            Prezado Senhor Morgan,

            Agradecemos o seu interesse na vaga de Diretor Financeiro. Gostaríamos de convidar o senhor para uma entrevista
            com a nossa direção. Solicitamos a gentileza de confirmar a sua disponibilidade para o dia 9 de dezembro.

            Atenciosamente,
            Ricardo Almeida
            """, Register.Formal, "Prezado", "Atenciosamente", "Ricardo"
        },
    };

    [Theory]
    [MemberData(nameof(Emails))]
    public void Reads_language_register_greeting_sign_off_and_first_name(
        string language, string from, string body, Register register, string greeting, string signOff, string? firstName)
    {
        var style = RecruiterStyle.Read(new EmailInput(from, "alex@example.com", "Your application", body, Sent));

        Assert.Equal(language, style.Language);
        Assert.True(register == style.Register, $"{language}: formality {style.Formality}, expected {register}");
        Assert.Equal(greeting, style.Greeting);
        Assert.Equal(signOff, style.SignOff);
        Assert.Equal(firstName, style.FirstName);
        Assert.InRange(style.Words, 10, 80);
    }

    [Theory]
    [InlineData("Northwind Traders <no-reply@us.greenhouse-mail.io>", "Northwind Traders")]
    [InlineData("Contoso Health Careers <contosohealth@myworkday.com>", "Contoso Health")]
    [InlineData("Fabrikam Recruiting Team <jobs@fabrikam.example>", "Fabrikam")]
    [InlineData("recruiting@adatum.example", "Adatum")]
    public void An_organisation_sender_has_no_first_name(string from, string company)
    {
        var style = RecruiterStyle.Read(new EmailInput(from, null, "Your application", "Hi Alex,\n\nThanks for applying.\n\nBest regards,\nThe team", Sent), company);

        Assert.Null(style.FirstName);
    }

    [Fact]
    public void A_name_that_neither_the_address_nor_the_signature_confirms_is_not_taken()
    {
        var style = RecruiterStyle.Read(new EmailInput("Blue Harbor <talent@blueharbor.example>", null, "Role", "Hello Alex,\n\nWe liked your profile.\n\nKind regards,\nTalent", Sent));

        Assert.Null(style.FirstName);
    }

    [Fact]
    public void An_html_email_is_read_as_its_text()
    {
        var html = "<p>Dear Alex,</p><p>We are delighted to offer you the position. Please let us know by Friday the 19th.</p><p>Warm regards,<br>Priya Raman</p>";

        var style = RecruiterStyle.Read(new EmailInput("Priya Raman <priya.raman@northwind.example>", null, "Your offer", html, Sent));

        Assert.Equal(("en", "Dear", "Warm regards", "Priya"), (style.Language, style.Greeting, style.SignOff, style.FirstName));
        Assert.Equal(Register.Formal, style.Register);
    }

    [Theory]
    [InlineData("Please let me know by Thursday the 19th if you have any questions.", 2026, 11, 19, true)]
    [InlineData("Please reply by Friday the 19th.", 2027, 2, 19, true)]
    [InlineData("Bitte geben Sie uns bis zum 12. Dezember Bescheid.", 2026, 12, 12, true)]
    [InlineData("Merci de nous répondre d'ici vendredi.", 2026, 11, 6, true)]
    [InlineData("Laat u het ons uiterlijk 10/11 weten?", 2026, 11, 10, true)]
    [InlineData("¿Podría responder antes del 20 de noviembre?", 2026, 11, 20, true)]
    [InlineData("Pedimos uma resposta até sexta-feira.", 2026, 11, 6, true)]
    public void A_deadline_is_found_and_resolved_after_the_email_date(string text, int year, int month, int day, bool isDeadline)
    {
        var found = DateMention.Find(text, Sent);

        Assert.NotNull(found);
        Assert.Equal(new DateOnly(year, month, day), DateOnly.FromDateTime(found.Date!.Value.UtcDateTime));
        Assert.Equal(isDeadline, found.IsDeadline);
    }

    [Fact]
    public void A_meeting_slot_keeps_its_time_and_a_time_alone_is_not_a_date()
    {
        var slot = DateMention.Find("Could you do Thursday at 14:30 (CET)?", Sent);
        var times = DateMention.Find("I have 10.00 or 14.30 open.", Sent);

        Assert.Equal(new DateTimeOffset(2026, 11, 5, 14, 30, 0, TimeSpan.Zero), slot!.Date);
        Assert.True(slot.HasTime);
        Assert.False(slot.IsDeadline);
        Assert.Null(times);
    }
}
