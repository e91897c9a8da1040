using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Audit;

public sealed record AuditEventResponse(Guid Id, DateTimeOffset At, string Event, string Description, string? IpAddress, string? UserAgent, string? Detail);

/// <summary>The signed-in user's own security log, newest first, a page at a time.</summary>
public static class AuditApi
{
    public const int MaxPage = 200;

    public static WebApplication MapAudit(this WebApplication app)
    {
        app.MapGet("/api/me/security-log", ListAsync).RequireAuthorization().WithTags("Account")
            .WithSummary("Your security events, newest first; pass the oldest one's time as before= for the next page.");
        return app;
    }

    private static async Task<Results<Ok<List<AuditEventResponse>>, ValidationProblem>> ListAsync(
        HttpContext http, ApplyTrackDbContext db, DateTimeOffset? before = null, int limit = 50)
    {
        if (limit is < 1 or > MaxPage)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Between 1 and {MaxPage}."] });
        }
        var userId = http.User.RequireUserId();
        var query = db.Set<AuditEvent>().AsNoTracking().Where(e => e.UserId == userId);
        if (before is { } end)
        {
            query = query.Where(e => e.At < end);
        }
        var events = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(limit).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(events.Select(e => new AuditEventResponse(e.Id, e.At, e.Kind.ToString(), AuditLog.Describe(e.Kind), e.IpAddress, e.UserAgent, e.Detail)).ToList());
    }
}
