using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Corrections;

/// <summary><paramref name="Label"/>: none (not a job email), applied, interviewing, offer or rejected. <paramref name="Report"/>: also report it (opt-in).</summary>
public sealed record CorrectionRequest(string? Label, Guid? ApplicationId, bool Report = false);

/// <summary>"This was classified wrong": corrections of the signed-in user's job emails, and opt-in reports of them.</summary>
public static class CorrectionsApi
{
    public static WebApplication MapCorrections(this WebApplication app)
    {
        var activity = app.MapGroup("/api/activity").WithTags("Corrections").RequireAuthorization();
        activity.MapPost("/{id:guid}/correction", CorrectAsync)
            .WithSummary("Say what a job email really is and which application it belongs to; the pipeline follows at once.");
        activity.MapPost("/{id:guid}/report", ReportAsync)
            .WithSummary("Opt in to report a corrected email to improve the model: its text is fetched again from the mailbox and stored encrypted.");
        app.MapGet("/api/corrections", ListAsync).WithTags("Corrections").RequireAuthorization();
        return app;
    }

    private static async Task<Results<Ok<CorrectionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CorrectAsync(
        Guid id, CorrectionRequest request, HttpContext http, ApplyTrackDbContext db, MetadataCipher cipher, ApplicationCommands commands,
        ReportedMessages messages, TimeProvider time)
    {
        var userId = http.User.RequireUserId();
        var outcome = await EmailCorrections.CorrectAsync(db, cipher, commands, userId, id, request.Label, request.ApplicationId, time.GetUtcNow(), http.RequestAborted);
        if (request.Report && outcome.Correction is not null)
        {
            try
            {
                outcome = await EmailCorrections.ReportAsync(db, cipher, messages, userId, id, time.GetUtcNow(), http.RequestAborted);
            }
            catch (ReportUnavailableException ex)
            {
                return Unavailable($"Your correction was saved, but the email was not reported: {ex.Message}");
            }
        }
        return ToResult(outcome, cipher);
    }

    private static async Task<Results<Ok<CorrectionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ReportAsync(
        Guid id, HttpContext http, ApplyTrackDbContext db, MetadataCipher cipher, ReportedMessages messages, TimeProvider time)
    {
        try
        {
            return ToResult(await EmailCorrections.ReportAsync(db, cipher, messages, http.User.RequireUserId(), id, time.GetUtcNow(), http.RequestAborted), cipher);
        }
        catch (ReportUnavailableException ex)
        {
            return Unavailable(ex.Message);
        }
    }

    private static async Task<Ok<List<CorrectionResponse>>> ListAsync(HttpContext http, ApplyTrackDbContext db, MetadataCipher cipher)
    {
        var userId = http.User.RequireUserId();
        var corrections = await db.Corrections.AsNoTracking().Where(c => c.UserId == userId).OrderByDescending(c => c.CreatedAt).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(corrections.Select(c => EmailCorrections.ToResponse(c, cipher)).ToList());
    }

    private static Results<Ok<CorrectionResponse>, NotFound, ValidationProblem, ProblemHttpResult> ToResult(CorrectionOutcome outcome, MetadataCipher cipher) =>
        outcome switch
        {
            { Errors: { } errors } => TypedResults.ValidationProblem(errors),
            { Correction: { } correction } => TypedResults.Ok(EmailCorrections.ToResponse(correction, cipher)),
            _ => TypedResults.NotFound(),
        };

    private static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "The mailbox could not give the email back");
}
