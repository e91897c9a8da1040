using ApplyTrack.Classification.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// The classifier scores an email with <see cref="LinearTextScorer"/> (the trained pipeline's arithmetic without
/// ML.NET's per-row machinery): it must give ML.NET's prediction engine's probabilities and the same decision, on
/// everyday mail and job mail alike, in every language, and on text that stresses the normaliser.
/// </summary>
public sealed class LinearTextScorerTests
{
    private const double Tolerance = 1e-6;

    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    [Fact]
    public void The_shipped_model_is_scored_directly()
    {
        Assert.True(Classifier.Model.IsDirect, Classifier.Model.DirectUnavailable);
    }

    public static TheoryData<string, string, string, string> Emails => new()
    {
        // Everyday mail, and everyday mail that uses job words ("offer", "interview", "application", "position").
        { "en", "Northwind Outfitters <deals@northwind-outfitters.com>", "48 hours only: our best offer of the year", "Hi Sam,\nTake 30% off everything in store and online. This offer ends Sunday at midnight.\nUnsubscribe | Manage preferences" },
        { "en", "Priya Raman <priya.raman@gmail.com>", "Sunday lunch?", "Hey,\nAre you free on Sunday for lunch at ours? Bring the kids, we'll do a roast around 1.\nPriya" },
        { "en", "The Daily Ledger <newsletter@dailyledger.com>", "Interview: the founder who quit to build boats", "In this week's issue, our interview with a founder who left tech to build wooden boats, and what the position of small shipyards tells us about the economy." },
        { "de", "Stadtwerke Kassel <service@stadtwerke-kassel.de>", "Ihre Jahresabrechnung 2026", "Sehr geehrter Herr Brandt,\nanbei erhalten Sie Ihre Jahresabrechnung. Der neue Abschlag beträgt 84,00 € ab dem 1. März.\nMit freundlichen Grüßen" },
        { "fr", "Banque Aurore <noreply@banque-aurore.fr>", "Votre offre de prêt immobilier", "Bonjour,\nVotre offre de prêt est disponible dans votre espace client. Vous disposez d'un délai de réflexion de 10 jours.\nCordialement" },
        { "es", "Academia Lumen <info@academialumen.es>", "Confirmación de tu solicitud de matrícula", "Hola Lucía,\nHemos recibido tu solicitud de matrícula para el curso de inglés B2. Te contactaremos para la prueba de nivel.\nUn saludo" },
        { "nl", "Gemeente Utrecht <noreply@utrecht.nl>", "Uw aanvraag parkeervergunning", "Beste meneer De Vries,\nWij hebben uw aanvraag voor een parkeervergunning ontvangen. U hoort binnen 8 weken van ons.\nMet vriendelijke groet" },
        { "pt", "Loja Sol <ofertas@lojasol.com.br>", "Oferta imperdível só hoje", "Olá,\nAproveite 40% de desconto em toda a loja. Oferta válida até meia-noite.\nDescadastrar" },
        // Job mail, and job mail that reads like everyday mail (no ATS wording, a person writing).
        { "en", "Greenhouse <no-reply@greenhouse.io>", "Thank you for applying to Fabrikam", "Hi Sam,\nThank you for your application for the Data Analyst role at Fabrikam. Our team will review it and be in touch." },
        { "en", "Dana Reyes <dana@tailspin.com>", "quick chat?", "Sam,\nLoved your portfolio. Would you be free Thursday afternoon for a coffee and a chat about the design lead opening on my team?\nDana" },
        { "en", "Marcus Webb <marcus.webb@contoso.com>", "as promised", "Hi Sam,\nAs promised, here's the recap: base of $118,000, a 10% bonus and a start date of March 3. We'd love to have you join us. Let me know if you have questions before you sign.\nMarcus" },
        { "en", "Alex Kim <alex.kim@litware.com>", "Re: Product Manager", "Hi Sam,\nThank you so much for your time last week. We really enjoyed meeting you, but we have decided to move forward with another candidate whose experience is a closer match.\nAll the best,\nAlex" },
        { "de", "Tobias Lang <tobias.lang@hafenbahn.de>", "Einladung zum Vorstellungsgespräch", "Hallo Jordan,\nwir möchten Sie gerne zu einem Vorstellungsgespräch für die Stelle als Projektleiter einladen.\nViele Grüße\nTobias Lang" },
        { "fr", "Hélène Roy <helene.roy@cartoval.fr>", "Votre proposition d'embauche", "Bonjour Jordan,\nNous avons le plaisir de vous proposer le poste de Chef de produit : CDI, salaire annuel brut de 52 000 €, arrivée le 2 septembre." },
        { "es", "Marta Gil <marta.gil@talentia.es>", "Tu candidatura", "Hola Lucía,\nGracias por tu interés. Lamentablemente hemos decidido continuar con otros candidatos para el puesto de enfermera.\nUn saludo" },
        { "nl", "Sanne Bakker <sanne@bakkerlogistiek.nl>", "kennismaken", "Hoi Daan,\nIk zag je cv en wil graag even bellen over de functie van planner bij ons. Schikt donderdag om 10 uur?\nSanne" },
        { "pt", "Ana Costa <ana.costa@vagasbr.com.br>", "Próxima etapa", "Olá Pedro,\nGostaríamos de convidá-lo para uma entrevista para a vaga de analista financeiro na próxima semana.\nAbraços" },
        // Text that stresses the normaliser and the tokenizer.
        { "xx", "", "", "" },
        { "xx", "a@b.c", "!!!", "... ,,, 123 456 — “” ‘’ ¿¡" },
        { "xx", "a@b.c", "Ǆ İstanbul ΆΈΉ Ёлка ǅǆ ﬁ ß ẞ", "e\u0301 a\u0300 n\u0303 \u05B0\u0610\u0670 ½ ² ٣ Ⅻ \u00A0\u2007 tab\tsep\u0000nul \uFFFF \uD83D\uDE00 | pipe|joined" },
        { "xx", "a@b.c", "long", string.Join(' ', Enumerable.Range(0, 800).Select(i => i % 7 == 0 ? "interview" : "word" + (char)('a' + i % 26))) },
    };

    [Theory]
    [MemberData(nameof(Emails))]
    public void Direct_scores_are_the_engines_and_decide_the_same(string language, string from, string subject, string body)
    {
        var email = new EmailInput(from, null, subject, body, null);
        var features = EmailFeatures.Of(email);
        var input = features.ToModelInput();

        var direct = Classifier.Model.Predict(input);
        var engine = Classifier.Model.PredictWithEngine(input);

        Assert.Equal(engine.Length, direct.Length);
        for (var i = 0; i < engine.Length; i++)
        {
            Assert.True(Math.Abs(engine[i] - direct[i]) <= Tolerance, $"{language}: {EmailEvents.All[i]} {engine[i]:R} (engine) vs {direct[i]:R} (direct)");
        }

        var byEngine = EmailClassifier.Decide(email, features, EmailClassifier.Guarded(features, engine, []), []);
        var byDirect = EmailClassifier.Decide(email, features, EmailClassifier.Guarded(features, direct, []), []);
        Assert.Equal((byEngine.Label, byEngine.Event, byEngine.Company, byEngine.Role), (byDirect.Label, byDirect.Event, byDirect.Company, byDirect.Role));
        Assert.True(Math.Abs(byEngine.Confidence - byDirect.Confidence) <= 1e-4);
    }

    [Fact]
    public void Everyday_and_job_examples_are_told_apart_as_before()
    {
        // Not a quality test: the examples above span both sides, so the equality above is not all one label.
        var labels = Emails.Select(row => Classifier.Classify(new EmailInput((string)row[1], null, (string)row[2], (string)row[3], null)).Label).ToHashSet();
        Assert.Contains(EmailLabels.None, labels);
        Assert.True(labels.Count >= 3, string.Join(", ", labels));
    }

    [Fact]
    public void Normalises_every_character_as_MLNET_does()
    {
        // Each UTF-16 unit between two letters, through ML.NET's own normaliser with the model's settings.
        var ml = new MLContext(seed: 0);
        var rows = Enumerable.Range(0, char.MaxValue + 1).Select(c => new TextRow { Text = "A" + (char)c + "b" }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var normaliser = ml.Transforms.Text.NormalizeText("Normalised", nameof(TextRow.Text), TextNormalizingEstimator.CaseMode.Lower,
            keepDiacritics: false, keepPunctuations: false, keepNumbers: false);
        var expected = normaliser.Fit(data).Transform(data).GetColumn<string>("Normalised").ToList();

        var differ = rows.Select((row, c) => (c, Expected: expected[c], Actual: LinearTextScorer.Normalise(row.Text)))
            .Where(x => x.Expected != x.Actual).Take(5).ToList();
        Assert.True(differ.Count == 0, string.Join("; ", differ.Select(x => $"U+{x.c:X4}: '{x.Expected}' vs '{x.Actual}'")));
    }

    private sealed class TextRow
    {
        public string Text { get; set; } = "";
    }
}
