using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Activity;

public sealed record MailEventResponse(
    Guid Id, Guid ConnectionId, DateTimeOffset ReceivedAt, DateTimeOffset ProcessedAt, string Sender, string Subject,
    string Label, string Event, double Confidence, string? Company, string? Role, string? Note, IReadOnlyList<string> Reasons,
    Guid? ApplicationId, string Outcome, string OutcomeDetail, string? RulesFired = null, MailStyleResponse? Style = null);

/// <summary>How the email was written (see FollowUps.RecruiterStyle); null for mail stored before it was measured.</summary>
public sealed record MailStyleResponse(string? Language, int? Formality, string? Greeting, string? SignOff, string? FirstName, int? Words, DateTimeOffset? NamedDate, bool MentionsDeadline);

public sealed record AttachRequest(Guid? ApplicationId);

/// <summary>The activity log (every job email processed and what it did) and an application's email timeline.</summary>
public static class ActivityApi
{
    public static IEndpointRouteBuilder MapActivity(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/activity", ListAsync).RequireAuthorization().WithTags("Activity");
        app.MapPost("/api/activity/{id:guid}/attach", AttachAsync).RequireAuthorization().WithTags("Activity");
        app.MapGet("/api/applications/{id:guid}/emails", EmailsAsync).RequireAuthorization().WithTags("Applications");
        return app;
    }

    private static async Task<Ok<List<MailEventResponse>>> ListAsync(HttpContext http, ApplyTrackDbContext db, MetadataCipher cipher, bool? unmatched = null, int take = 200)
    {
        var userId = http.User.RequireUserId();
        var query = db.MailEvents.AsNoTracking().Where(e => e.UserId == userId);
        if (unmatched == true)
        {
            query = query.Where(e => e.Outcome == MailEventOutcome.Unmatched);
        }
        var events = await query.OrderByDescending(e => e.ReceivedAt).Take(Math.Clamp(take, 1, 1000)).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(events.Select(e => ToResponse(e, cipher)).ToList());
    }

    private static async Task<Results<Ok<List<MailEventResponse>>, NotFound>> EmailsAsync(Guid id, HttpContext http, ApplyTrackDbContext db, MetadataCipher cipher)
    {
        var userId = http.User.RequireUserId();
        if (!await db.Applications.AnyAsync(a => a.Id == id && a.UserId == userId, http.RequestAborted))
        {
            return TypedResults.NotFound();
        }
        var events = await db.MailEvents.AsNoTracking().Where(e => e.UserId == userId && e.ApplicationId == id)
            .OrderBy(e => e.ReceivedAt).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(events.Select(e => ToResponse(e, cipher)).ToList());
    }

    private static async Task<Results<Ok<MailEventResponse>, NotFound, ValidationProblem>> AttachAsync(
        Guid id, AttachRequest request, HttpContext http, ApplicationCommands commands, MetadataCipher cipher)
    {
        if (request.ApplicationId is not { } applicationId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["applicationId"] = ["Choose the application this email belongs to."] });
        }
        var mailEvent = await commands.AttachEmailAsync(http.User.RequireUserId(), id, applicationId, http.RequestAborted);
        return mailEvent is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(mailEvent, cipher));
    }

    public static MailEventResponse ToResponse(MailEvent e, MetadataCipher cipher) => new(
        e.Id, e.ConnectionId, e.ReceivedAt, e.ProcessedAt,
        cipher.DecryptString(e.Sender, CipherPurposes.Sender), cipher.DecryptString(e.Subject, CipherPurposes.Subject),
        e.Label.Name(), e.Event.Name(), e.Confidence, e.Company, e.Role, e.Note,
        e.Reasons.Split('\n', StringSplitOptions.RemoveEmptyEntries), e.ApplicationId, OutcomeName(e.Outcome), e.OutcomeDetail, e.RulesFired,
        e.StyleLanguage is null && e.NamedDate is null ? null : new MailStyleResponse(e.StyleLanguage, e.StyleFormality, e.StyleGreeting, e.StyleSignOff,
            e.StyleFirstName is { } first ? cipher.DecryptString(first, CipherPurposes.FirstName) : null, e.StyleWords, e.NamedDate, e.MentionsDeadline));

    public static string OutcomeName(MailEventOutcome outcome) => outcome switch
    {
        MailEventOutcome.CreatedApplication => "createdApplication",
        MailEventOutcome.MovedStatus => "movedStatus",
        MailEventOutcome.AddedNote => "addedNote",
        MailEventOutcome.NoChange => "noChange",
        MailEventOutcome.Corrected => "corrected",
        MailEventOutcome.Pending => "pending",
        _ => "unmatched",
    };
}
