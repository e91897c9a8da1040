namespace ApplyTrack.Classification.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Classifying_in_parallel_gives_the_same_answers_as_one_at_a_time()
    {
        var classifier = EmailClassifier.LoadDefault();
        var emails = Enumerable.Range(0, 200).Select(i => new EmailInput(
            "Acme <no-reply@acme.com>", null,
            (i % 4) switch { 0 => "Thank you for applying", 1 => "Interview invitation", 2 => "Your offer letter", _ => "Your order shipped" },
            $"Message number {i}. " + (i % 3 == 0 ? "Unfortunately we will not move forward." : "See details below."),
            null)).ToList();
        var sequential = emails.Select(classifier.Classify).ToList();

        var parallel = emails.AsParallel().AsOrdered().WithDegreeOfParallelism(8).Select(classifier.Classify).ToList();

        Assert.Equal(sequential.Select(r => (r.Label, r.Event, r.Confidence)), parallel.Select(r => (r.Label, r.Event, r.Confidence)));
    }

    [Fact]
    public void Default_classifier_is_loaded_once()
    {
        Assert.Same(EmailClassifier.LoadDefault(), EmailClassifier.LoadDefault());
    }
}
