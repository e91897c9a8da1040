using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Demo;

/// <summary>One email of the demo mailbox, placed relative to "now" so the mailbox always looks current.</summary>
public sealed record DemoLetter(double DaysAgo, string From, string Subject, string? Text, string? Html = null)
{
    public string Folder { get; init; } = WellKnownFolder.Inbox;
    public string? Thread { get; init; }
    public bool? IsRead { get; init; }
    public IReadOnlyList<string> Cc { get; init; } = [];
}
