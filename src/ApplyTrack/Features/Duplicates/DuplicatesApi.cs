using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Duplicates;

public sealed record DuplicateCardResponse(Guid Id, string Company, string Role, ApplicationStatus Status, string Source);

public sealed record DuplicatePairResponse(DuplicateCardResponse First, DuplicateCardResponse Second, DuplicateReason Reason, string Explanation);

public sealed record MergeRecordResponse(Guid Id, Guid PrimaryId, Guid MergedId, string MergedCompany, string MergedRole, DateTimeOffset MergedAt, DateTimeOffset UndoUntil);

public sealed record DuplicatesResponse(bool Enabled, IReadOnlyList<DuplicatePairResponse> Pairs, IReadOnlyList<MergeRecordResponse> Merges);

public sealed record DismissRequest(Guid? FirstId, Guid? SecondId);

public sealed record DuplicateSettingsRequest(bool? Enabled);

public sealed record DuplicateSettingsResponse(bool Enabled);

/// <summary>
/// Possible duplicates as JSON: the list, "not a duplicate", the detection setting, and undoing a merge (merging itself is
/// <c>POST /api/applications/{id}/merge</c>). Scoped to the signed-in user: another user's ids are not found.
/// </summary>
public static class DuplicatesApi
{
    public static WebApplication MapDuplicates(this WebApplication app)
    {
        const string read = Tokens.ApiScopes.ApplicationsRead, write = Tokens.ApiScopes.ApplicationsWrite;
        var duplicates = app.MapGroup("/api/duplicates").WithTags("Duplicates").RequireRateLimiting(Tokens.TokensApi.RateLimitPolicy);
        duplicates.MapGet("/", ListAsync).RequireAuthorization(read);
        duplicates.MapPost("/dismiss", DismissAsync).RequireAuthorization(write);
        duplicates.MapPut("/settings", SettingsAsync).RequireAuthorization(write);
        app.MapGet("/api/applications/{id:guid}/duplicates", OfApplicationAsync).WithTags("Duplicates")
            .RequireRateLimiting(Tokens.TokensApi.RateLimitPolicy).RequireAuthorization(read);

        var merges = app.MapGroup("/api/merges").WithTags("Duplicates").RequireRateLimiting(Tokens.TokensApi.RateLimitPolicy);
        merges.MapGet("/", MergesAsync).RequireAuthorization(read);
        merges.MapPost("/{id:guid}/undo", UndoAsync).RequireAuthorization(write);
        return app;
    }

    private static async Task<Ok<DuplicatesResponse>> ListAsync(HttpContext context, DuplicateFinder finder, ApplyTrackDbContext db, TimeProvider time)
    {
        var userId = context.User.RequireUserId();
        var pairs = await finder.FindAsync(userId, context.RequestAborted);
        return TypedResults.Ok(new DuplicatesResponse(
            await finder.EnabledAsync(userId, context.RequestAborted),
            [.. pairs.Select(ToResponse)],
            await UndoableAsync(db, userId, null, time.GetUtcNow(), context.RequestAborted)));
    }

    private static async Task<Results<Ok<List<DuplicatePairResponse>>, NotFound>> OfApplicationAsync(Guid id, HttpContext context, DuplicateFinder finder, ApplyTrackDbContext db)
    {
        var userId = context.User.RequireUserId();
        if (!await db.Applications.AnyAsync(a => a.Id == id && a.UserId == userId, context.RequestAborted))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok((await finder.FindForAsync(userId, id, context.RequestAborted)).Select(ToResponse).ToList());
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DismissAsync(DismissRequest request, HttpContext context, ApplicationCommands commands)
    {
        if (ValidatePair(request.FirstId, request.SecondId) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        return await commands.DismissDuplicateAsync(context.User.RequireUserId(), request.FirstId!.Value, request.SecondId!.Value, context.RequestAborted)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<DuplicateSettingsResponse>, ValidationProblem>> SettingsAsync(
        DuplicateSettingsRequest request, HttpContext context, ApplyTrackDbContext db, PipelineEvents events)
    {
        if (request.Enabled is not { } enabled)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["enabled"] = ["Say true or false."] });
        }
        await SetEnabledAsync(db, events, context.User.RequireUserId(), enabled, context.RequestAborted);
        return TypedResults.Ok(new DuplicateSettingsResponse(enabled));
    }

    private static async Task<Ok<List<MergeRecordResponse>>> MergesAsync(HttpContext context, ApplyTrackDbContext db, TimeProvider time, Guid? primaryId = null) =>
        TypedResults.Ok(await UndoableAsync(db, context.User.RequireUserId(), primaryId, time.GetUtcNow(), context.RequestAborted));

    private static async Task<Results<Ok<ApplicationResponse>, NotFound, ProblemHttpResult>> UndoAsync(Guid id, HttpContext context, ApplicationCommands commands)
    {
        var result = await commands.SplitAsync(context.User.RequireUserId(), id, context.RequestAborted);
        return result.Outcome switch
        {
            SplitOutcome.Split => TypedResults.Ok(ApplicationsApi.ToResponse(result.Restored!)),
            SplitOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Problem(UndoProblem(result.Outcome), statusCode: StatusCodes.Status409Conflict, title: "This merge cannot be undone"),
        };
    }

    /// <summary>Turns detection on or off; open boards re-read (the banners come or go).</summary>
    internal static async Task SetEnabledAsync(ApplyTrackDbContext db, PipelineEvents events, string userId, bool enabled, CancellationToken cancellationToken)
    {
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DuplicateDetection, enabled), cancellationToken);
        events.Publish(userId, new PipelineEvent("updated", null));
    }

    internal static string UndoProblem(SplitOutcome outcome) => outcome == SplitOutcome.Expired
        ? $"A merge can be undone for {ApplicationMerge.UndoWindow.TotalDays:0} days, once."
        : "The application it was merged into is gone (deleted, or merged into another since): undo that first.";

    /// <summary>The errors of a pair of application ids, or null when both are given and differ.</summary>
    internal static Dictionary<string, string[]>? ValidatePair(Guid? first, Guid? second)
    {
        var errors = new Dictionary<string, string[]>();
        if (first is null || first == Guid.Empty) errors["firstId"] = ["Name the first application."];
        if (second is null || second == Guid.Empty) errors["secondId"] = ["Name the second application."];
        if (errors.Count == 0 && first == second) errors["secondId"] = ["Name two different applications."];
        return errors.Count == 0 ? null : errors;
    }

    internal static async Task<List<MergeRecordResponse>> UndoableAsync(ApplyTrackDbContext db, string userId, Guid? primaryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - ApplicationMerge.UndoWindow;
        var query = db.ApplicationMerges.AsNoTracking().Where(m => m.UserId == userId && m.UndoneAt == null && m.MergedAt >= since);
        if (primaryId is { } primary)
        {
            query = query.Where(m => m.PrimaryId == primary);
        }
        var merges = await query.ToListAsync(cancellationToken);
        return [.. merges.OrderByDescending(m => m.MergedAt).Select(m =>
        {
            var merged = m.Read().Merged;
            return new MergeRecordResponse(m.Id, m.PrimaryId, m.MergedId, merged.Company, merged.Role, m.MergedAt, m.MergedAt + ApplicationMerge.UndoWindow);
        })];
    }

    internal static DuplicatePairResponse ToResponse(DuplicatePair pair) =>
        new(ToResponse(pair.First), ToResponse(pair.Second), pair.Reason, Explain(pair.Reason));

    public static string Explain(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SameThread => "Emails of one conversation are on both.",
        DuplicateReason.AddedAndFromMail => "You added one; the other was created from your mail for the same employer and role.",
        _ => "Same employer, similar role.",
    };

    private static DuplicateCardResponse ToResponse(DuplicateCard card) => new(card.Id, card.Company, card.Role, card.Status, card.Source);
}
