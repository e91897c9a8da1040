using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.FollowUps;

public sealed record FollowUpResponse(
    Guid ApplicationId, string Company, string Role, string Kind, string Title, string Why, DateTimeOffset DueAt, DateTimeOffset? Before,
    string DraftUrl, string Page);

public sealed record SnoozeRequest(int? Days, DateTimeOffset? Until);

public sealed record DraftResponse(
    Guid ApplicationId, string Kind, string Subject, string Body, string Language, string Register, string Generator,
    string? To, string? RecruiterName, IReadOnlyList<ComposeLink> Links);

public sealed record FollowUpSettingsRequest(int? CheckInAfterApplyingDays, int? CheckInAfterInterviewDays, int? NoResponseDays, string? SignatureName);

public sealed record FollowUpSettingsResponse(int CheckInAfterApplyingDays, int CheckInAfterInterviewDays, int NoResponseDays, string? SignatureName, bool AssistantAvailable);

/// <summary>
/// Due follow-ups, done and snooze (every plan), drafts (Premium), and the person's delays, as a JSON API. Another
/// user's application is a 404; an unknown kind or nothing due is a 400 with a ProblemDetails body.
/// </summary>
public static class FollowUpsApi
{
    public const int MaxSnoozeDays = 60;

    public static WebApplication MapFollowUps(this WebApplication app)
    {
        var group = app.MapGroup("/api/follow-ups").WithTags("Follow-ups").RequireAuthorization();
        group.MapGet("/", ListAsync).WithSummary("What is due today: thank-yous, check-ins, offers to answer.");
        group.MapGet("/settings", SettingsAsync).WithSummary("The delays the timing rules use, and the name drafts are signed with.");
        group.MapPut("/settings", SaveSettingsAsync).WithSummary("Change the delays (days, 1–365) and the signature name.");
        group.MapPost("/{applicationId:guid}/{kind}/done", DoneAsync).WithSummary("Mark the due follow-up done: it does not come back for this occasion.");
        group.MapPost("/{applicationId:guid}/{kind}/snooze", SnoozeAsync).WithSummary("Hide the due follow-up for some days (1 by default, up to 60).");
        group.MapGet("/{applicationId:guid}/{kind}/draft", DraftAsync).WithSummary("A draft for the due follow-up in the recruiter's language and register (Premium). Never sent.");
        return app;
    }

    public static FollowUpResponse ToResponse(DueItem item) => new(
        item.ApplicationId, item.Company, item.Role, item.Kind.ToApiName(), item.Kind.ToDisplayName(), item.Why, item.DueAt, item.Before,
        $"/api/follow-ups/{item.Key}/draft", $"/follow-ups/{item.Key}");

    private static async Task<Ok<List<FollowUpResponse>>> ListAsync(HttpContext http, FollowUpBook book) =>
        TypedResults.Ok((await book.DueAsync(http.User.RequireUserId(), http.RequestAborted)).Select(ToResponse).ToList());

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DoneAsync(Guid applicationId, string kind, HttpContext http, FollowUpBook book)
    {
        if (!FollowUpKindNames.TryParse(kind, out var parsed))
        {
            return UnknownKind(kind);
        }
        return Result(await book.MarkAsync(http.User.RequireUserId(), applicationId, parsed, done: true, null, http.RequestAborted));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> SnoozeAsync(
        Guid applicationId, string kind, SnoozeRequest? request, HttpContext http, FollowUpBook book, TimeProvider time)
    {
        if (!FollowUpKindNames.TryParse(kind, out var parsed))
        {
            return UnknownKind(kind);
        }
        var now = time.GetUtcNow();
        var until = (request?.Until ?? now.AddDays(request?.Days ?? 1)).ToUniversalTime();
        if (until <= now || until > now.AddDays(MaxSnoozeDays) || request?.Days is < 1 or > MaxSnoozeDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"Snooze for 1 to {MaxSnoozeDays} days."] });
        }
        return Result(await book.MarkAsync(http.User.RequireUserId(), applicationId, parsed, done: false, until, http.RequestAborted));
    }

    private static async Task<Results<Ok<DraftResponse>, NotFound, ValidationProblem, ProblemHttpResult>> DraftAsync(
        Guid applicationId, string kind, HttpContext http, FollowUpBook book, ApplyTrackDbContext db)
    {
        var userId = http.User.RequireUserId();
        if (!FollowUpKindNames.TryParse(kind, out var parsed))
        {
            return UnknownKind(kind);
        }
        if (!await book.OwnsAsync(userId, applicationId, http.RequestAborted))
        {
            return TypedResults.NotFound();
        }
        if (!Plans.MayUseFollowUpAssistant(await Plans.OfUserAsync(db, userId, http.RequestAborted)))
        {
            return PremiumRequired();
        }
        var result = await book.DraftAsync(userId, applicationId, parsed, http.RequestAborted);
        if (result is null)
        {
            return NothingDue();
        }
        var draft = result.Draft;
        return TypedResults.Ok(new DraftResponse(applicationId, parsed.ToApiName(), draft.Subject, draft.Body, draft.Language,
            draft.Register == Register.Formal ? "formal" : "casual", draft.Generator, result.To, result.RecruiterName, result.Links));
    }

    private static async Task<Ok<FollowUpSettingsResponse>> SettingsAsync(HttpContext http, ApplyTrackDbContext db, FollowUpBook book, AssistantDrafts assistant)
    {
        var userId = http.User.RequireUserId();
        var delays = await book.DelaysAsync(userId, http.RequestAborted);
        var signature = await db.FollowUpSettings.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.SignatureName).SingleOrDefaultAsync(http.RequestAborted);
        return TypedResults.Ok(new FollowUpSettingsResponse(delays.CheckInAfterApplyingDays, delays.CheckInAfterInterviewDays, delays.NoResponseDays, signature, assistant.IsConfigured));
    }

    private static async Task<Results<Ok<FollowUpSettingsResponse>, ValidationProblem>> SaveSettingsAsync(
        FollowUpSettingsRequest request, HttpContext http, ApplyTrackDbContext db, FollowUpBook book, AssistantDrafts assistant)
    {
        var userId = http.User.RequireUserId();
        var current = await book.DelaysAsync(userId, http.RequestAborted);
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        await SaveAsync(db, userId, new FollowUpDelays(
            request.CheckInAfterApplyingDays ?? current.CheckInAfterApplyingDays,
            request.CheckInAfterInterviewDays ?? current.CheckInAfterInterviewDays,
            request.NoResponseDays ?? current.NoResponseDays), request.SignatureName, http.RequestAborted);
        var saved = await book.DelaysAsync(userId, http.RequestAborted);
        return TypedResults.Ok(new FollowUpSettingsResponse(saved.CheckInAfterApplyingDays, saved.CheckInAfterInterviewDays, saved.NoResponseDays,
            string.IsNullOrWhiteSpace(request.SignatureName) ? null : request.SignatureName.Trim(), assistant.IsConfigured));
    }

    public static Dictionary<string, string[]> Validate(FollowUpSettingsRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, value) in new[] { ("checkInAfterApplyingDays", request.CheckInAfterApplyingDays), ("checkInAfterInterviewDays", request.CheckInAfterInterviewDays), ("noResponseDays", request.NoResponseDays) })
        {
            if (value is < FollowUpDelays.MinDays or > FollowUpDelays.MaxDays)
            {
                errors[name] = [$"Use a number of days from {FollowUpDelays.MinDays} to {FollowUpDelays.MaxDays}."];
            }
        }
        if (request.SignatureName?.Trim().Length > FollowUpSettings.SignatureMaxLength)
        {
            errors["signatureName"] = [$"Keep the name under {FollowUpSettings.SignatureMaxLength} characters."];
        }
        return errors;
    }

    public static async Task SaveAsync(ApplyTrackDbContext db, string userId, FollowUpDelays delays, string? signatureName, CancellationToken cancellationToken)
    {
        var settings = await db.FollowUpSettings.SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (settings is null)
        {
            settings = new FollowUpSettings { UserId = userId };
            db.FollowUpSettings.Add(settings);
        }
        settings.CheckInAfterApplyingDays = delays.CheckInAfterApplyingDays;
        settings.CheckInAfterInterviewDays = delays.CheckInAfterInterviewDays;
        settings.NoResponseDays = delays.NoResponseDays;
        settings.SignatureName = string.IsNullOrWhiteSpace(signatureName) ? null : signatureName.Trim();
        await db.SaveChangesAsync(cancellationToken);
    }

    public static ProblemHttpResult PremiumRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Follow-up drafts are a Premium feature",
        detail: "Your plan is Free: reminders, snooze and done are yours. Premium adds a draft for each follow-up, written for the application " +
                "in the recruiter's language and tone, ready to open in Outlook or Gmail. Ask your administrator to switch you to Premium.",
        type: "https://applytrack.local/problems/premium-required");

    private static Results<NoContent, NotFound, ValidationProblem> Result(MarkOutcome outcome) => outcome switch
    {
        MarkOutcome.Marked => TypedResults.NoContent(),
        MarkOutcome.NotFound => TypedResults.NotFound(),
        _ => NothingDue(),
    };

    private static ValidationProblem NothingDue() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["No follow-up of this kind is due for this application."] });

    private static ValidationProblem UnknownKind(string kind) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["kind"] = [$"'{(kind.Length > 40 ? kind[..40] : kind)}' is not a follow-up kind: use {string.Join(", ", FollowUpKindNames.All.Select(k => k.ToApiName()))}."],
        });
}

public static class FollowUpsExtensions
{
    public static IHostApplicationBuilder AddFollowUps(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FollowUpOptions>().BindConfiguration(FollowUpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AssistantOptions>().BindConfiguration(AssistantOptions.Section)
            .Validate(o => o.Endpoint is null || o.Endpoint.IsAbsoluteUri && (o.Endpoint.Scheme == Uri.UriSchemeHttp || o.Endpoint.Scheme == Uri.UriSchemeHttps),
                "Assistant:Endpoint must be an absolute http(s) URL of an OpenAI-compatible /v1/chat/completions or an Ollama /api/chat endpoint.")
            .ValidateOnStart();
        // The draft has its own deadline (Assistant:Timeout); the client's would only be a second, later one.
        builder.Services.AddHttpClient(AssistantDrafts.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.Services.AddSingleton<AssistantDrafts>();
        builder.Services.AddScoped<FollowUpBook>();
        return builder;
    }
}
