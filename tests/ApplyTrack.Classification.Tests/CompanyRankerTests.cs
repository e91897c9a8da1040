using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, eighteenth round: a boosted-tree ranker weighs the names a mail writes against the rules' answer
/// (<see cref="CompanyRanker"/>, trained by <c>classifier-bench company-ranker</c>). Every example is invented for
/// these tests.
/// </summary>
public sealed class CompanyRankerTests
{
    private const string Reader = "Robin Ashdown <robin.ashdown@example.com>";

    private static MailText Read(string from, string subject, string body) => MailTextReader.Read(new EmailInput(from, Reader, subject, body, null));

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    [Fact]
    public void The_shipped_ranker_is_read_with_the_features_it_was_trained_on() =>
        Assert.NotNull(CompanyRanker.Default);

    // A site, a headquarters or a group in the display name, where the mail writes the employer's own name.
    [Theory]
    [InlineData("Talbot Cycles HQ <jobs@talbotcycles.example.co.uk>", "Workshop Mechanic - next steps",
        "Hi Robin,\n\nThanks for applying to Talbot Cycles. We would like to invite you to a workshop trial on Saturday morning at our Kendal store.\n\nTalbot Cycles is a family business with four shops across Cumbria.\n\nCheers,\nDan\nTalbot Cycles", "Talbot Cycles")]
    [InlineData("Harrow Lane Bakery Group <people@harrowlane.example.com>", "Offer",
        "Hi Robin,\n\nWe are delighted to offer you the Shift Supervisor role at Harrow Lane Bakery. Your first shift is on Monday.\n\nHarrow Lane Bakery", "Harrow Lane Bakery")]
    [InlineData("Ostwind Logistik DC7 <jobs@ostwind-logistik.example.de>", "Ihre Bewerbung",
        "Hallo Robin,\n\nvielen Dank für Ihre Bewerbung bei Ostwind Logistik. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.\n\nOstwind Logistik", "Ostwind Logistik")]
    public void The_name_the_mail_writes_beats_the_rules_site_or_group(string from, string subject, string body, string employer)
    {
        var text = Read(from, subject, body);

        SameName(employer, CompanyAndRole.Extract(text, Reader).Company);
        Assert.NotEqual(Evaluation.Normalise(employer), Evaluation.Normalise(CompanyAndRole.ExtractByRules(text, Reader).Company));
    }

    [Fact]
    public void Where_the_rules_name_no_one_the_ranker_names_no_one()
    {
        var text = Read("Jo Marsh <jo.marsh1987@gmail.com>", "today", "Hi Robin,\n\nGreat to meet you today. We'd love you to start on Monday, same hours as we said.\n\nJo");

        Assert.Null(CompanyAndRole.ExtractByRules(text, Reader).Company);
        Assert.Null(CompanyAndRole.Extract(text, Reader).Company);
    }

    [Fact]
    public void A_time_is_never_the_employer()
    {
        var text = Read("Maya Lindqvist <maya@harrowfield-search.co.uk>", "Interview - Finance Manager",
            "Hi Robin,\n\nGreat news: Brackenridge Foods would like to meet you for the Finance Manager role on Thursday at 10:00 at their Leeds office.\n\nBest,\nMaya Lindqvist\nSenior Consultant | Harrowfield Search");

        SameName("Brackenridge Foods", CompanyAndRole.Extract(text, Reader).Company);
    }

    [Fact]
    public void Candidates_are_cleaned_names_never_the_reader_and_the_rules_answer_once()
    {
        var text = Read("Ferncastle Talent Team <talent@ferncastle.example.com>", "Offer - Data Analyst",
            "Hi Robin Ashdown,\n\nWe are delighted to offer you the Data Analyst position at Ferncastle Analytics. Your contract will follow.\n\nPriya\nFerncastle Analytics Ltd, 12 Mill Lane, Bristol");

        var candidates = CompanyAndRole.Candidates(text, Reader, "Ferncastle Analytics");

        Assert.Single(candidates, c => c.Features[0] == 1);
        Assert.Contains(candidates, c => c.Name == "Ferncastle Analytics");
        Assert.DoesNotContain(candidates, c => c.Name.Contains("Ltd", StringComparison.Ordinal) || c.Name.Contains("Robin", StringComparison.Ordinal) || c.Name.Contains("Ashdown", StringComparison.Ordinal));
        Assert.All(candidates, c => Assert.Equal(CompanyAndRole.CandidateFeatureNames.Length, c.Features.Length));
        Assert.Equal(candidates.Count, candidates.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public void A_person_writing_beside_their_organisation_in_brackets_is_no_candidate()
    {
        var text = Read("Tamsin Okafor (Brightline Recruitment) <tamsin@brightline-recruitment.example.com>", "Thanks for applying through Brightline Recruitment",
            "Hi Robin,\n\nThank you for applying through Brightline Recruitment. We will review your application before we put you forward.\n\nBest regards,\nTamsin Okafor\nBrightline Recruitment");

        var candidates = CompanyAndRole.Candidates(text, Reader, CompanyAndRole.ExtractByRules(text, Reader).Company);

        Assert.DoesNotContain(candidates, c => c.Key == "tamsinokafor");
        Assert.NotEqual("tamsinokafor", CompanyAndRole.Key(CompanyAndRole.Extract(text, Reader).Company ?? ""));
    }

    [Fact]
    public void The_ranker_replaces_the_rules_answer_only_by_more_than_the_margin()
    {
        // One tree on the word count: a two-word name scores `lead` over a one-word name.
        static CompanyRanker OneSplit(double lead) => new([new CompanyRanker.Tree(1, [8], [1.5f], [~0], [~1], [0, lead])], 0);
        var rule = new CompanyCandidate("Acme", "acme", Features(isRule: true, words: 1));
        var longer = new CompanyCandidate("Acme Foods", "acmefoods", Features(isRule: false, words: 2));

        Assert.Equal("Acme Foods", OneSplit(CompanyRanker.Margin + 1).Choose([rule, longer], "Acme"));
        Assert.Equal("Acme", OneSplit(CompanyRanker.Margin - 0.5).Choose([rule, longer], "Acme"));
        Assert.Null(OneSplit(CompanyRanker.Margin + 1).Choose([longer], null));

        // A name that goes on past the rules' answer ("Acme Foods" for "Acme") needs the larger margin.
        longer.Features[CompanyAndRole.ExtendsRuleRight] = 1;
        Assert.True(CompanyRanker.ExtensionMargin > CompanyRanker.Margin + 0.5);
        Assert.Equal("Acme", OneSplit(CompanyRanker.Margin + 0.5).Choose([rule, longer], "Acme"));
        Assert.Equal("Acme Foods", OneSplit(CompanyRanker.ExtensionMargin + 0.5).Choose([rule, longer], "Acme"));
    }

    [Fact]
    public void The_trees_read_back_as_written_and_a_ranker_for_other_features_is_refused()
    {
        var shipped = CompanyRanker.Default!;
        using var stream = new MemoryStream();
        shipped.Write(stream);
        stream.Position = 0;
        var read = CompanyRanker.Read(stream);
        var text = Read("Talbot Cycles HQ <jobs@talbotcycles.example.co.uk>", "Workshop Mechanic", "Hi Robin,\n\nThanks for applying to Talbot Cycles.\n\nDan\nTalbot Cycles");
        foreach (var candidate in CompanyAndRole.Candidates(text, Reader, "Talbot Cycles HQ"))
        {
            Assert.Equal(shipped.Score(candidate.Features), read.Score(candidate.Features));
        }

        var bytes = stream.ToArray();
        BitConverter.GetBytes(CompanyAndRole.CandidateFeatureNames.Length + 1).CopyTo(bytes, 8);
        Assert.Throws<InvalidDataException>(() => CompanyRanker.Read(new MemoryStream(bytes)));
    }

    private static float[] Features(bool isRule, int words)
    {
        var features = new float[CompanyAndRole.CandidateFeatureNames.Length];
        features[0] = isRule ? 1 : 0;
        features[8] = words;
        return features;
    }
}
