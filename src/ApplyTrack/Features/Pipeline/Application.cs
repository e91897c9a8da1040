namespace ApplyTrack.Features.Pipeline;

/// <summary>One job application of one user, moved through the pipeline by hand or by mail.</summary>
public sealed class Application
{
    public const int CompanyMaxLength = 200;
    public const int RoleMaxLength = 200;

    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string Company { get; set; }
    public required string Role { get; set; }
    public ApplicationStatus Status { get; set; }

    /// <summary>A person typed the company (creating or editing the card): mail never renames it.</summary>
    public bool CompanyNamedByPerson { get; set; }

    /// <summary>A person typed the role: mail never replaces it, not even with a more precise one.</summary>
    public bool RoleNamedByPerson { get; set; }

    /// <summary>"manual", or the mailbox connection that created it (e.g. "outlook:alex@contoso.com").</summary>
    public string Source { get; set; } = ApplicationSources.Manual;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>
    /// When the current status was decided: the moment a person set it, or the received time of the email that
    /// caused it. Automation never lets an older email override it.
    /// </summary>
    public DateTimeOffset StatusSetAt { get; set; }

    /// <summary>The person's own stage inside the current status (<see cref="PipelineStage"/>); a status change leaves it.</summary>
    public Guid? StageId { get; set; }

    /// <summary>Short labels a person or a rule put on the application ("referral", "remote").</summary>
    public List<string> Tags { get; set; } = [];

    public List<StatusChange> History { get; set; } = [];
    public List<ApplicationNote> Notes { get; set; } = [];

    public static Application Create(string userId, string company, string role, ApplicationStatus status, string source, DateTimeOffset now, string reason)
    {
        var application = new Application
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Company = company,
            Role = role,
            Status = status,
            Source = source,
            CreatedAt = now,
            UpdatedAt = now,
            LastActivityAt = now,
            StatusSetAt = now,
            CompanyNamedByPerson = source == ApplicationSources.Manual,
            RoleNamedByPerson = source == ApplicationSources.Manual,
        };
        application.History.Add(new StatusChange
        {
            Id = Guid.CreateVersion7(now),
            ApplicationId = application.Id,
            At = now,
            From = null,
            To = status,
            Cause = source is ApplicationSources.Manual or ApplicationSources.Extension ? TransitionCause.Manual : TransitionCause.Email,
            Reason = reason,
        });
        return application;
    }

    /// <summary>Applies the pipeline rules (<see cref="StatusTransition"/>) and records the change when it happens.</summary>
    public TransitionDecision MoveTo(ApplicationStatus target, TransitionCause cause, DateTimeOffset now, string? reason = null, DateTimeOffset? eventTime = null, Guid? emailId = null)
    {
        var decision = StatusTransition.Decide(Status, target, cause, eventTime, StatusSetAt);
        if (!decision.Moves)
        {
            return decision;
        }

        History.Add(new StatusChange
        {
            Id = Guid.CreateVersion7(now),
            ApplicationId = Id,
            // A change an email caused happened when the email arrived, not when a sync got to it.
            At = cause == TransitionCause.Email && eventTime is { } happened ? happened : now,
            From = Status,
            To = target,
            Cause = cause,
            Reason = reason ?? decision.Explanation,
            EmailId = emailId,
        });
        Status = target;
        // A stage belongs to one status.
        StageId = null;
        UpdatedAt = now;
        LastActivityAt = Max(LastActivityAt, eventTime ?? now);
        StatusSetAt = cause is TransitionCause.Manual or TransitionCause.Correction ? now : eventTime ?? now;
        return decision;
    }

    public ApplicationNote AddNote(string text, TransitionCause source, DateTimeOffset now)
    {
        var note = new ApplicationNote { Id = Guid.CreateVersion7(now), ApplicationId = Id, At = now, Text = text, Source = source };
        Notes.Add(note);
        UpdatedAt = now;
        return note;
    }

    /// <summary>Adds the tag unless the application has it already (any case); false when nothing changed.</summary>
    public bool AddTag(string tag, DateTimeOffset now)
    {
        if (Tags.Contains(tag, StringComparer.OrdinalIgnoreCase) || Tags.Count >= Stages.MaxTags)
        {
            return false;
        }
        Tags = [.. Tags, tag];
        UpdatedAt = now;
        return true;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

public static class ApplicationSources
{
    public const string Manual = "manual";

    /// <summary>Captured from a job posting by a person (the browser extension or another API client).</summary>
    public const string Extension = "extension";
}

/// <summary>One status change: when, from → to, and why (a person, or the email that caused it).</summary>
public sealed class StatusChange
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public DateTimeOffset At { get; set; }
    public ApplicationStatus? From { get; set; }
    public ApplicationStatus To { get; set; }
    public TransitionCause Cause { get; set; }

    /// <summary>Human-readable why: "Created by you", "Interview invitation from Contoso", …</summary>
    public string Reason { get; set; } = "";

    /// <summary>The stored mail event that caused this change, when an email did.</summary>
    public Guid? EmailId { get; set; }
}

public sealed class ApplicationNote
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Text { get; set; }
    public TransitionCause Source { get; set; }
}
