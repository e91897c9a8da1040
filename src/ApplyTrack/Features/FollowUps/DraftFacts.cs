namespace ApplyTrack.Features.FollowUps;

/// <summary>
/// Everything a draft may say, and nothing more: structured facts about one application and how its recruiter writes.
/// Both generators (phrase blocks and the optional assistant) are given only this, never an email.
/// </summary>
public sealed record DraftFacts(
    FollowUpKind Kind,
    string Language,
    Register Register,
    string Company,
    string Role,
    string? RecruiterFirstName = null,
    string? RecruiterFullName = null,
    string? RecruiterGreeting = null,
    string? RecruiterSignOff = null,
    int? RecruiterWords = null,
    string? Round = null,
    DateTimeOffset? AppliedOn = null,
    DateTimeOffset? InterviewOn = null,
    DateTimeOffset? ReplyBy = null,
    string? SignatureName = null,
    string? ReplySubject = null,
    int Variant = 0)
{
    /// <summary>A recruiter who writes a few lines gets a few lines back.</summary>
    public bool Short => RecruiterWords is < 90;
}

/// <summary>A draft to copy: it is never sent by ApplyTrack. <paramref name="Generator"/>: "phrases" or "assistant".</summary>
public sealed record Draft(string Subject, string Body, string Language, Register Register, string Generator);
