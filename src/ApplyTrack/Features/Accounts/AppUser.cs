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
}
