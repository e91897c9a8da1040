using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using ApplyTrack.Features.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Capture;

public sealed record PostingRequest(string? Url, string? Location, string? Salary, string? EmploymentType, string? DatePosted, string? Reader, string? Text);

public sealed record CaptureRequest(string? Company, string? Role, string? Status, PostingRequest? Posting);

public sealed record PostingResponse(string Url, string? Location, string? Salary, string? EmploymentType, string? DatePosted, string? Reader, string? Text, DateTimeOffset CapturedAt);

public sealed record ApplicationV1Response(
    Guid Id, string Company, string Role, ApplicationStatus Status, string Source, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt,
    string PageUrl, PostingResponse? Posting);

/// <summary>
/// The versioned API for clients outside the browser — the extension first. Authenticated by a personal access token
/// (or the cookie), scoped, rate-limited per token, and open across origins only to the extension's origin. Its
/// shapes change only in a new version.
/// </summary>
public static class CaptureApi
{
    public static WebApplication MapCapture(this WebApplication app)
    {
        var v1 = app.MapGroup("/api/v1").WithTags("API v1").RequireCors(TokensApi.CorsPolicy).RequireRateLimiting(TokensApi.RateLimitPolicy);
        v1.MapGet("/applications", ListAsync).RequireAuthorization(ApiScopes.ApplicationsRead)
            .WithSummary("Your applications, most recent activity first (scope applications:read).");
        v1.MapGet("/applications/{id:guid}", GetAsync).RequireAuthorization(ApiScopes.ApplicationsRead)
            .WithSummary("One application with the job posting it was captured from (scope applications:read).");
        v1.MapPost("/applications", CaptureAsync).RequireAuthorization(ApiScopes.ApplicationsWrite)
            .WithSummary("Captures a job (scope applications:write): company, role, status (saved or applied, default applied) and the posting. " +
                "An open application with the same company and role is the same one: 200 with it (a saved job moves to applied); otherwise 201.");
        return app;
    }

    private static async Task<Results<Ok<List<ApplicationV1Response>>, ValidationProblem>> ListAsync(HttpContext http, ApplyTrackDbContext db, string? status = null)
    {
        var userId = http.User.RequireUserId();
        var query = db.Applications.AsNoTracking().Where(a => a.UserId == userId);
        if (status is not null)
        {
            if (!ApplicationStatusNames.TryParse(status, out var wanted))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"Unknown status. Use one of: {string.Join(", ", ApplicationStatusNames.BoardOrder.Select(s => s.ToApiName()))}."] });
            }
            query = query.Where(a => a.Status == wanted);
        }
        var applications = await query.OrderByDescending(a => a.LastActivityAt).Take(500).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(applications.Select(a => ToResponse(a, null, null)).ToList());
    }

    private static async Task<Results<Ok<ApplicationV1Response>, NotFound>> GetAsync(Guid id, HttpContext http, ApplyTrackDbContext db, MetadataCipher cipher)
    {
        var userId = http.User.RequireUserId();
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, http.RequestAborted);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        var posting = await db.Set<JobPosting>().AsNoTracking().SingleOrDefaultAsync(p => p.ApplicationId == id, http.RequestAborted);
        return TypedResults.Ok(ToResponse(application, posting, cipher));
    }

    private static async Task<Results<Created<ApplicationV1Response>, Ok<ApplicationV1Response>, ValidationProblem>> CaptureAsync(
        CaptureRequest request, HttpContext http, ApplicationCommands commands, MetadataCipher cipher)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var status = request.Status is null ? ApplicationStatus.Applied : ApplicationStatusNames.TryParse(request.Status, out var parsed) ? parsed : ApplicationStatus.Applied;
        var posting = request.Posting is { } p ? new JobPosting
        {
            Url = p.Url!.Trim(),
            Location = Clean(p.Location),
            Salary = Clean(p.Salary),
            EmploymentType = Clean(p.EmploymentType),
            DatePosted = Clean(p.DatePosted),
            Reader = Clean(p.Reader),
            Text = string.IsNullOrWhiteSpace(p.Text) ? null : cipher.Encrypt(p.Text.Trim(), JobPosting.TextPurpose),
        } : null;
        var (application, created) = await commands.CaptureAsync(http.User.RequireUserId(), request.Company!, request.Role!, status, posting, http.RequestAborted);
        var stored = created ? posting : null;
        var response = ToResponse(application, stored, cipher);
        return created ? TypedResults.Created($"/api/v1/applications/{application.Id}", response) : TypedResults.Ok(response);
    }

    internal static Dictionary<string, string[]> Validate(CaptureRequest request)
    {
        var errors = ApplicationsApi.Validate(request.Company, request.Role, request.Status, required: true);
        if (request.Posting is not { } posting)
        {
            return errors;
        }
        if (!Uri.TryCreate(posting.Url?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || posting.Url!.Trim().Length > JobPosting.UrlMaxLength)
        {
            errors["posting.url"] = [$"The posting's address must be an http(s) URL of at most {JobPosting.UrlMaxLength} characters."];
        }
        foreach (var (field, value) in new[] { ("posting.location", posting.Location), ("posting.salary", posting.Salary), ("posting.employmentType", posting.EmploymentType) })
        {
            if (value?.Trim().Length > JobPosting.FieldMaxLength)
            {
                errors[field] = [$"Too long ({JobPosting.FieldMaxLength} characters at most)."];
            }
        }
        if (posting.DatePosted?.Trim().Length > 40 || posting.Reader?.Trim().Length > 40)
        {
            errors["posting.datePosted"] = ["The date posted and reader name take 40 characters at most."];
        }
        if (posting.Text?.Trim().Length > JobPosting.TextMaxLength)
        {
            errors["posting.text"] = [$"The posting's text is too long ({JobPosting.TextMaxLength} characters at most; the extension cuts it there)."];
        }
        return errors;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static PostingResponse? ToResponse(JobPosting? posting, MetadataCipher? cipher) => posting is null ? null : new(
        posting.Url, posting.Location, posting.Salary, posting.EmploymentType, posting.DatePosted, posting.Reader,
        posting.Text is { } text && cipher is not null ? cipher.DecryptString(text, JobPosting.TextPurpose) : null, posting.CapturedAt);

    private static ApplicationV1Response ToResponse(Application a, JobPosting? posting, MetadataCipher? cipher) =>
        new(a.Id, a.Company, a.Role, a.Status, a.Source, a.CreatedAt, a.LastActivityAt, $"/applications/{a.Id}", ToResponse(posting, cipher));
}

public static class CaptureExtensions
{
    /// <summary>Everything for clients outside the browser: tokens and their API, and the v1 routes.</summary>
    public static WebApplication MapApiClients(this WebApplication app)
    {
        app.MapTokens();
        app.MapCapture();
        return app;
    }
}
