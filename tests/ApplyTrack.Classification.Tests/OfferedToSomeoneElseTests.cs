namespace ApplyTrack.Classification.Tests;

/// <summary>
/// "We have offered the Financial Controller role to another candidate" carries the words of an offer and of a call
/// ("happy to arrange a call for feedback") and means a rejection (issue 9, session 16: three such rejections by new
/// writers were read as interview invitations at 0.92–1.00 because a job title, "post" or "a candidate" stood where the
/// rewrite expected "the role to another candidate"). Examples written for these tests.
/// </summary>
public sealed class OfferedToSomeoneElseTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "robin.ashdown@example.com", subject, body, DateTimeOffset.Parse("2026-11-30T10:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    [Theory]
    [InlineData("Lena Ortiz <lena.ortiz@harlowfoods.com>", "Financial Controller – thank you",
        "Hi Robin,\n\nThank you again for coming in to meet Marcus and me last Thursday.\n\nWe've now finished the final interviews. It was a very close decision, but we have offered the Financial Controller role to another candidate whose costing background was a closer match.\n\nIf it's useful, I'm happy to have a short call to share more detailed feedback.\n\nBest wishes,\nLena")]
    [InlineData("People Services <recruitment@eastcombehealth.org>", "Interview outcome - EH/DN/4410",
        "Dear Robin,\n\nThank you for attending interview for the post of Community Nurse on 29 October. The panel enjoyed meeting you. However, after careful consideration, we have decided to offer the post to a candidate with more recent community experience.\n\nIf you would like feedback, your interviewer would be happy to arrange a call.\n\nKind regards\nPeople Services")]
    [InlineData("Priya Shah <priya.shah@brightwell.com>", "Your conversation with Daniel",
        "Hi Robin,\n\nThank you for coming in to meet Daniel last week.\n\nI'm afraid I don't have the news you were hoping for. After a lot of discussion, the team have offered the Regional Operations Manager role to another finalist whose background was a closer fit.\n\nIf it's useful, I'm happy to set up a short call to go through Daniel's feedback.\n\nAll the best,\nPriya")]
    public void An_offer_made_to_someone_else_is_a_rejection(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);
        Assert.True(result.Label == EmailLabels.Rejected, Explain(result));
    }

    [Fact]
    public void An_offer_of_the_post_to_the_reader_stays_an_offer()
    {
        var result = Classify("Dr Helen Marsh <h.marsh@eastcombehealth.org>", "Community Nurse – offer",
            "Dear Robin,\n\nI'm delighted to tell you that the panel has decided to offer the post of Community Nurse to you. HR will send your contract this week.\n\nBest wishes,\nHelen");
        Assert.True(result.Label == EmailLabels.Offer, Explain(result));
    }
}
