using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Duplicates;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Pipeline;

public sealed record NoteResponse(Guid Id, DateTimeOffset At, string Text, TransitionCause Source);

public sealed record ApplicationResponse(
    Guid Id, string Company, string Role, ApplicationStatus Status, string Source,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset LastActivityAt, IReadOnlyList<NoteResponse> Notes,
    Guid? StageId = null, string? Stage = null, IReadOnlyList<string>? Tags = null);

public sealed record HistoryEntryResponse(Guid Id, DateTimeOffset At, ApplicationStatus? From, ApplicationStatus To, TransitionCause Cause, string Reason, Guid? EmailId);

public sealed record CreateApplicationRequest(string? Company, string? Role, string? Status);

public sealed record UpdateApplicationRequest(string? Company, string? Role, string? Status);

public sealed record AddNoteRequest(string? Text);

public sealed record MergeRequest(Guid? OtherId);

/// <summary>The pipeline's JSON API. Every query is scoped to the signed-in user: another user's id is simply not found.</summary>
public static class ApplicationsApi
{
    public static WebApplication MapPipeline(this WebApplication app)
    {
        // The sign-in cookie or a personal access token with the right scope; tokens are rate-limited each.
        var api = app.MapGroup("/api/applications").WithTags("Applications").RequireRateLimiting(Tokens.TokensApi.RateLimitPolicy);
        const string read = Tokens.ApiScopes.ApplicationsRead, write = Tokens.ApiScopes.ApplicationsWrite;
        api.MapGet("/", ListAsync).RequireAuthorization(read);
        api.MapPost("/", CreateAsync).RequireAuthorization(write);
        api.MapGet("/{id:guid}", GetAsync).RequireAuthorization(read);
        api.MapPatch("/{id:guid}", UpdateAsync).RequireAuthorization(write);
        api.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(write);
        api.MapGet("/{id:guid}/history", HistoryAsync).RequireAuthorization(read);
        api.MapPost("/{id:guid}/notes", AddNoteAsync).RequireAuthorization(write);
        api.MapPost("/{id:guid}/merge", MergeAsync).RequireAuthorization(write);
        app.MapDuplicates();

        app.MapGet("/api/events", (HttpContext context, PipelineEvents events) =>
                TypedResults.ServerSentEvents(events.SubscribeAsync(context.User.RequireUserId(), TimeSpan.FromSeconds(20), context.RequestAborted), eventType: "pipeline"))
            .RequireAuthorization()
            .WithTags("Applications")
            .WithSummary("Server-sent events: one 'pipeline' event each time the signed-in user's pipeline changes, naming the applications changed and deleted.");
        return app;
    }

    private static async Task<Results<Ok<List<ApplicationResponse>>, ValidationProblem>> ListAsync(
        HttpContext context, ApplyTrackDbContext db, string? status = null)
    {
        var userId = context.User.RequireUserId();
        var query = db.Applications.AsNoTracking().Where(a => a.UserId == userId);
        if (status is not null)
        {
            if (!ApplicationStatusNames.TryParse(status, out var wanted))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [UnknownStatus(status)] });
            }
            query = query.Where(a => a.Status == wanted);
        }

        var applications = await query.Include(a => a.Notes).OrderByDescending(a => a.LastActivityAt).ToListAsync(context.RequestAborted);
        var stages = await StageNamesAsync(db, userId, context.RequestAborted);
        return TypedResults.Ok(applications.Select(a => ToResponse(a, stages)).ToList());
    }

    private static async Task<Results<Created<ApplicationResponse>, ValidationProblem>> CreateAsync(
        CreateApplicationRequest request, HttpContext context, ApplicationCommands commands)
    {
        var errors = Validate(request.Company, request.Role, request.Status, required: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var status = ParseOrDefault(request.Status, ApplicationStatus.Applied);
        var application = await commands.CreateAsync(context.User.RequireUserId(), request.Company!, request.Role!, status, context.RequestAborted);
        return TypedResults.Created($"/api/applications/{application.Id}", ToResponse(application));
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> GetAsync(Guid id, HttpContext context, ApplyTrackDbContext db)
    {
        var userId = context.User.RequireUserId();
        var application = await db.Applications.AsNoTracking().Include(a => a.Notes)
            .SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, context.RequestAborted);
        return application is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(application, await StageNamesAsync(db, userId, context.RequestAborted)));
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, UpdateApplicationRequest request, HttpContext context, ApplicationCommands commands)
    {
        var errors = Validate(request.Company, request.Role, request.Status, required: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        ApplicationStatus? status = ApplicationStatusNames.TryParse(request.Status, out var target) ? target : null;
        var application = await commands.EditAsync(context.User.RequireUserId(), id, request.Company, request.Role, status, context.RequestAborted);
        return application is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(application));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, HttpContext context, ApplicationCommands commands) =>
        await commands.DeleteAsync(context.User.RequireUserId(), id, context.RequestAborted) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>
    /// Folds the application named in the body into this one, the primary (a duplicate): emails, notes, history, tags,
    /// posting; undoable through <c>/api/merges</c>.
    /// </summary>
    private static async Task<Results<Ok<ApplicationResponse>, NotFound, ValidationProblem>> MergeAsync(
        Guid id, MergeRequest request, HttpContext context, ApplicationCommands commands)
    {
        if (request.OtherId is not { } otherId || otherId == Guid.Empty)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["otherId"] = ["Name the application to merge into this one."] });
        }
        if (otherId == id)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["otherId"] = ["An application cannot be merged with itself."] });
        }
        var merge = await commands.MergeAsync(context.User.RequireUserId(), id, otherId, context.RequestAborted);
        return merge.Outcome == MergeOutcome.NotFound ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(merge.Merged!));
    }

    private static async Task<Results<Ok<List<HistoryEntryResponse>>, NotFound>> HistoryAsync(Guid id, HttpContext context, ApplyTrackDbContext db)
    {
        var userId = context.User.RequireUserId();
        if (!await db.Applications.AnyAsync(a => a.Id == id && a.UserId == userId, context.RequestAborted))
        {
            return TypedResults.NotFound();
        }

        var history = await db.StatusChanges.AsNoTracking()
            .Where(h => h.ApplicationId == id)
            .OrderBy(h => h.At)
            .Select(h => new HistoryEntryResponse(h.Id, h.At, h.From, h.To, h.Cause, h.Reason, h.EmailId))
            .ToListAsync(context.RequestAborted);
        return TypedResults.Ok(history);
    }

    private static async Task<Results<Created<NoteResponse>, NotFound, ValidationProblem>> AddNoteAsync(
        Guid id, AddNoteRequest request, HttpContext context, ApplicationCommands commands)
    {
        if (ValidateNote(request.Text) is { } error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [error] });
        }

        var note = await commands.AddNoteAsync(context.User.RequireUserId(), id, request.Text!, context.RequestAborted);
        return note is null
            ? TypedResults.NotFound()
            : TypedResults.Created($"/api/applications/{id}", new NoteResponse(note.Id, note.At, note.Text, note.Source));
    }

    /// <summary>The error of a note's text, or null when it is fine.</summary>
    internal static string? ValidateNote(string? text) =>
        text?.Trim() is { Length: > 0 and <= ApplicationNote.TextMaxLength } ? null : $"A note needs between 1 and {ApplicationNote.TextMaxLength} characters.";

    internal static Dictionary<string, string[]> Validate(string? company, string? role, string? status, bool required)
    {
        var errors = new Dictionary<string, string[]>();
        CheckText(errors, "company", company, Application.CompanyMaxLength, required);
        CheckText(errors, "role", role, Application.RoleMaxLength, required);
        if (status is not null && !ApplicationStatusNames.TryParse(status, out _))
        {
            errors["status"] = [UnknownStatus(status)];
        }
        return errors;
    }

    private static void CheckText(Dictionary<string, string[]> errors, string field, string? value, int maxLength, bool required)
    {
        if (value is null)
        {
            if (required) errors[field] = [$"The {field} is required."];
        }
        else if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"The {field} cannot be empty."];
        }
        else if (value.Trim().Length > maxLength)
        {
            errors[field] = [$"The {field} is too long ({maxLength} characters at most)."];
        }
    }

    private static string UnknownStatus(string status) =>
        $"Unknown status '{(status.Length > 40 ? status[..40] + "…" : status)}'. Use one of: saved, applied, interviewing, offer, rejected, withdrawn.";

    private static ApplicationStatus ParseOrDefault(string? value, ApplicationStatus fallback) =>
        ApplicationStatusNames.TryParse(value, out var status) ? status : fallback;

    internal static ApplicationResponse ToResponse(Application a) => ToResponse(a, null);

    internal static ApplicationResponse ToResponse(Application a, IReadOnlyDictionary<Guid, string>? stageNames) => new(
        a.Id, a.Company, a.Role, a.Status, a.Source, a.CreatedAt, a.UpdatedAt, a.LastActivityAt,
        a.Notes.OrderBy(n => n.At).Select(n => new NoteResponse(n.Id, n.At, n.Text, n.Source)).ToList(),
        a.StageId, a.StageId is { } stageId ? stageNames?.GetValueOrDefault(stageId) : null, a.Tags);

    /// <summary>The user's stage names by id (custom stages inside a status).</summary>
    internal static Task<Dictionary<Guid, string>> StageNamesAsync(ApplyTrackDbContext db, string userId, CancellationToken cancellationToken) =>
        db.PipelineStages.AsNoTracking().Where(s => s.UserId == userId).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
}
