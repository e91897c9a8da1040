using Microsoft.AspNetCore.Identity;

namespace ApplyTrack.Features.Accounts;

public enum Plan
{
    Free,
    Premium,
}

public sealed class AppUser : IdentityUser
{
    public Plan Plan { get; set; } = Plan.Free;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Suggest possible duplicates on the cards (Settings → Integrations → Advanced); on unless the person turns it off.</summary>
    public bool DuplicateDetection { get; set; } = true;
}
