namespace ApplyTrack.Features.Pipeline;

/// <summary>Where an application stands. Serialised as camelCase strings: saved, applied, interviewing, offer, rejected, withdrawn.</summary>
public enum ApplicationStatus
{
    Applied,
    Interviewing,
    Offer,
    Rejected,
    Withdrawn,

    /// <summary>A job kept for later, not applied to yet (the browser extension's "Save"). Stored as "Saved".</summary>
    Saved,
}

public static class ApplicationStatusNames
{
    public static readonly IReadOnlyList<ApplicationStatus> BoardOrder =
        [ApplicationStatus.Saved, ApplicationStatus.Applied, ApplicationStatus.Interviewing, ApplicationStatus.Offer, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn];

    public static string ToApiName(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.Saved => "saved",
        ApplicationStatus.Applied => "applied",
        ApplicationStatus.Interviewing => "interviewing",
        ApplicationStatus.Offer => "offer",
        ApplicationStatus.Rejected => "rejected",
        ApplicationStatus.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ToDisplayName(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.Saved => "Saved",
        ApplicationStatus.Applied => "Applied",
        ApplicationStatus.Interviewing => "Interviewing",
        ApplicationStatus.Offer => "Offer Extended",
        ApplicationStatus.Rejected => "Rejected",
        ApplicationStatus.Withdrawn => "Withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string? value, out ApplicationStatus status)
    {
        foreach (var candidate in BoardOrder)
        {
            if (string.Equals(candidate.ToApiName(), value, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }
        status = default;
        return false;
    }
}
