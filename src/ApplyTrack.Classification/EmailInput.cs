namespace ApplyTrack.Classification;

/// <summary>One email as the mailbox gives it. Any field may be missing; <see cref="Body"/> may be HTML or plain text.</summary>
public sealed record EmailInput(string? From, string? To, string? Subject, string? Body, DateTimeOffset? Date);
