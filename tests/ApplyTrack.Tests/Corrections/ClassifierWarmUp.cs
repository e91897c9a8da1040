using System.Text.RegularExpressions;
using ApplyTrack.Classification;

namespace ApplyTrack.Tests.Corrections;

/// <summary>
/// The classifier's compiled regular expressions are JIT-compiled inside their first match, which can exceed their
/// one-second match timeout on a loaded machine: the first job emails a fresh app syncs are then skipped (a known
/// classifier issue, reported). These tests are about corrections, so they warm the classifier up before the first sync.
/// </summary>
internal static class ClassifierWarmUp
{
    public static void Run(IServiceProvider services)
    {
        var classifier = services.GetRequiredService<EmailClassifier>();
        EmailInput[] samples =
        [
            new("Contoso Careers <no-reply@contoso.example>", "jordan@example.com", "We've received your application – Product Manager",
                "Thank you for applying for the Product Manager position at Contoso. We have received your application.", DateTimeOffset.UtcNow),
            new("Sam Rivera (Contoso) <recruiting@contoso.example>", "jordan@example.com", "Interview invitation – Product Manager at Contoso",
                "We would like to invite you to a 45-minute interview with the hiring manager.", DateTimeOffset.UtcNow),
        ];
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                foreach (var sample in samples) classifier.Classify(sample);
                return;
            }
            catch (RegexMatchTimeoutException)
            {
                // Each attempt compiles a little more; the next one gets further.
            }
        }
    }
}
