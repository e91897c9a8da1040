using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Pipeline;

public sealed record NoteResponse(Guid Id, DateTimeOffset At, string Text, TransitionCause Source);

public sealed record ApplicationResponse(
    Guid Id, string Company, string Role, ApplicationStatus Status, string Source,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset LastActivityAt, IReadOnlyList<NoteResponse> Notes);

public sealed record HistoryEntryResponse(Guid Id, DateTimeOffset At, ApplicationStatus? From, ApplicationStatus To, TransitionCause Cause, string Reason, Guid? EmailId);

public sealed record CreateApplicationRequest(string? Company, string? Role, string? Status);

public sealed record UpdateApplicationRequest(string? Company, string? Role, string? Status);

public sealed record AddNoteRequest(string? Text);

/// <summary>The pipeline's JSON API. Every query is scoped to the signed-in user: another user's id is simply not found.</summary>
public static class ApplicationsApi
{
    public static WebApplication MapPipeline(this WebApplication app)
    {
        var api = app.MapGroup("/api/applications").WithTags("Applications").RequireAuthorization();
        api.MapGet("/", ListAsync);
        api.MapPost("/", CreateAsync);
        api.MapGet("/{id:guid}", GetAsync);
        api.MapPatch("/{id:guid}", UpdateAsync);
        api.MapDelete("/{id:guid}", DeleteAsync);
        api.MapGet("/{id:guid}/history", HistoryAsync);
        api.MapPost("/{id:guid}/notes", AddNoteAsync);

        app.MapGet("/api/events", (HttpContext context, PipelineEvents events) =>
                TypedResults.ServerSentEvents(events.SubscribeAsync(context.User.RequireUserId(), TimeSpan.FromSeconds(20), context.RequestAborted), eventType: "pipeline"))
            .RequireAuthorization()
            .WithTags("Applications")
            .WithSummary("Server-sent events: one 'pipeline' event each time the signed-in user's pipeline changes.");
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
        return TypedResults.Ok(applications.Select(ToResponse).ToList());
    }

    private static async Task<Results<Created<ApplicationResponse>, ValidationProblem>> CreateAsync(
        CreateApplicationRequest request, HttpContext context, ApplyTrackDbContext db, PipelineEvents events, TimeProvider time)
    {
        var errors = Validate(request.Company, request.Role, request.Status, required: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var userId = context.User.RequireUserId();
        var status = ParseOrDefault(request.Status, ApplicationStatus.Applied);
        var application = Application.Create(userId, request.Company!.Trim(), request.Role!.Trim(), status, ApplicationSources.Manual, time.GetUtcNow(), "Added by you");
        db.Applications.Add(application);
        await db.SaveChangesAsync(context.RequestAborted);
        events.Publish(userId, new PipelineEvent("created", application.Id));
        return TypedResults.Created($"/api/applications/{application.Id}", ToResponse(application));
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> GetAsync(Guid id, HttpContext context, ApplyTrackDbContext db)
    {
        var userId = context.User.RequireUserId();
        var application = await db.Applications.AsNoTracking().Include(a => a.Notes)
            .SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, context.RequestAborted);
        return application is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(application));
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, UpdateApplicationRequest request, HttpContext context, ApplyTrackDbContext db, PipelineEvents events, TimeProvider time)
    {
        var errors = Validate(request.Company, request.Role, request.Status, required: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var userId = context.User.RequireUserId();
        var application = await db.Applications.Include(a => a.Notes)
            .SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, context.RequestAborted);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        if (request.Company is not null) application.Company = request.Company.Trim();
        if (request.Role is not null) application.Role = request.Role.Trim();
        if (request.Status is not null)
        {
            application.MoveTo(ParseOrDefault(request.Status, application.Status), TransitionCause.Manual, now);
        }
        application.UpdatedAt = now;
        await db.SaveChangesAsync(context.RequestAborted);
        events.Publish(userId, new PipelineEvent("updated", application.Id));
        return TypedResults.Ok(ToResponse(application));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, HttpContext context, ApplyTrackDbContext db, PipelineEvents events)
    {
        var userId = context.User.RequireUserId();
        var deleted = await db.Applications.Where(a => a.Id == id && a.UserId == userId).ExecuteDeleteAsync(context.RequestAborted);
        if (deleted == 0)
        {
            return TypedResults.NotFound();
        }
        events.Publish(userId, new PipelineEvent("deleted", id));
        return TypedResults.NoContent();
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
        Guid id, AddNoteRequest request, HttpContext context, ApplyTrackDbContext db, PipelineEvents events, TimeProvider time)
    {
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > ApplicationNote.TextMaxLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["text"] = [$"A note needs between 1 and {ApplicationNote.TextMaxLength} characters."],
            });
        }

        var userId = context.User.RequireUserId();
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, context.RequestAborted);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        var note = application.AddNote(text, TransitionCause.Manual, time.GetUtcNow());
        await db.SaveChangesAsync(context.RequestAborted);
        events.Publish(userId, new PipelineEvent("updated", application.Id));
        return TypedResults.Created($"/api/applications/{id}", new NoteResponse(note.Id, note.At, note.Text, note.Source));
    }

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
        $"Unknown status '{(status.Length > 40 ? status[..40] + "…" : status)}'. Use one of: applied, interviewing, offer, rejected, withdrawn.";

    private static ApplicationStatus ParseOrDefault(string? value, ApplicationStatus fallback) =>
        ApplicationStatusNames.TryParse(value, out var status) ? status : fallback;

    internal static ApplicationResponse ToResponse(Application a) => new(
        a.Id, a.Company, a.Role, a.Status, a.Source, a.CreatedAt, a.UpdatedAt, a.LastActivityAt,
        a.Notes.OrderBy(n => n.At).Select(n => new NoteResponse(n.Id, n.At, n.Text, n.Source)).ToList());
}
