using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Settings;

public sealed class SecurityModel(AuditLog audit, Microsoft.Extensions.Options.IOptions<AuditOptions> options) : PageModel
{
    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];
    public int RetentionDays => options.Value.RetentionDays;

    public async Task OnGetAsync() => Events = await audit.RecentAsync(User.RequireUserId(), 200, HttpContext.RequestAborted);
}
