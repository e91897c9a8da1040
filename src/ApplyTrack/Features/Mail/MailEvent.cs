namespace ApplyTrack.Features.Mail;

public enum MailEventOutcome
{
    CreatedApplication,
    MovedStatus,
    AddedNote,
    NoChange,
    Unmatched,

    /// <summary>A person corrected what the email is or where it belongs (see Corrections).</summary>
    Corrected,

    /// <summary>Stored, not yet applied: a sync applies its emails in date order once it has read them all.</summary>
    Pending,
}

/// <summary>
/// A job-related email, as metadata only: sender and subject encrypted, no body. Non-job mail never becomes one.
/// </summary>
public sealed class MailEvent
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public Guid ConnectionId { get; set; }
    public required string ProviderMessageId { get; set; }
    public string? InternetMessageId { get; set; }
    public string? ThreadId { get; set; }
    public string? Folder { get; set; }

    /// <summary>AES-256-GCM ciphertext of the sender ("Name &lt;address&gt;").</summary>
    public required byte[] Sender { get; set; }

    /// <summary>AES-256-GCM ciphertext of the subject.</summary>
    public required byte[] Subject { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>
    /// Keyed hash (HMAC, not reversible) of the original message's sender address and subject: the same recruiter
    /// email reaching a second mailbox as a forward has a new Message-ID, but this stays the same.
    /// </summary>
    public string? Fingerprint { get; set; }

    /// <summary>When the original message was sent (a forward's header date, or the received time otherwise).</summary>
    public DateTimeOffset? OriginalAt { get; set; }
    public EmailLabel Label { get; set; }
    public EmailEvent Event { get; set; }
    public double Confidence { get; set; }
    public string? Company { get; set; }
    public string? Role { get; set; }
    public string? Note { get; set; }

    /// <summary>The applicant-tracking system the employer mailed through (from the sender's domain: "Greenhouse"), or null.</summary>
    public string? AtsVendor { get; set; }

    /// <summary>The classifier's reasons, newline-separated.</summary>
    public string Reasons { get; set; } = "";

    /// <summary>
    /// Which of the person's rules fired on this email and what they did, for the activity log ("Rule “Contoso”: stage
    /// Onsite, tag referral"); null when none did.
    /// </summary>
    public string? RulesFired { get; set; }

    /// <summary>What the rules still have to do once the application is known (JSON of <c>RuleEffects</c>); null when nothing.</summary>
    public string? RuleEffects { get; set; }

    /// <summary>
    /// How the email was written, never what it said (<see cref="FollowUps.RecruiterStyle"/>, measured in memory when it
    /// was classified): for follow-up drafts in the recruiter's language and register. Null for mail stored before.
    /// </summary>
    public string? StyleLanguage { get; set; }

    /// <summary>0 (casual) … 100 (formal).</summary>
    public int? StyleFormality { get; set; }

    /// <summary>The greeting's form from a closed list ("Hi", "Sehr geehrte", "Bonjour"): never the words after it.</summary>
    public string? StyleGreeting { get; set; }

    /// <summary>The sign-off's form from a closed list ("Kind regards", "Viele Grüße", "Cordialement").</summary>
    public string? StyleSignOff { get; set; }

    /// <summary>AES-256-GCM ciphertext of the first name the recruiter signs with, when the sender is a person.</summary>
    public byte[]? StyleFirstName { get; set; }

    /// <summary>How long the email was, in words (rounded to tens): a short note gets a short reply.</summary>
    public int? StyleWords { get; set; }

    /// <summary>The date the email names for the next step (an interview slot, a reply-by date), resolved against its own date.</summary>
    public DateTimeOffset? NamedDate { get; set; }

    /// <summary>It asks for an answer by a date (an offer's "let me know by Friday").</summary>
    public bool MentionsDeadline { get; set; }

    public Guid? ApplicationId { get; set; }
    public MailEventOutcome Outcome { get; set; }
    public string OutcomeDetail { get; set; } = "";
    public DateTimeOffset ProcessedAt { get; set; }
}
