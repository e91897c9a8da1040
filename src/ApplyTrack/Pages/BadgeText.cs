using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Pages;

/// <summary>Badge words in one casing everywhere: statuses by their display names, events in sentence case.</summary>
public static class BadgeText
{
    /// <summary>A classifier label ("rejected", "offer") as the board names it ("Rejected", "Offer Extended").</summary>
    public static string Label(string label) =>
        ApplicationStatusNames.TryParse(label, out var status) ? status.ToDisplayName() : SentenceCase(label);

    /// <summary>An event name ("interview_invite") as words ("Interview invite").</summary>
    public static string Event(string name) => SentenceCase(name);

    private static string SentenceCase(string name)
    {
        var words = name.Replace('_', ' ').Trim();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
