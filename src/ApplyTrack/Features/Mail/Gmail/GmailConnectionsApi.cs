using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>Connect Gmail (API and the Integrations page's form), Google's callback, and reconnect. Scoped to the signed-in user.</summary>
public static class GmailConnectionsApi
{
    public const string StartPath = "/connections/gmail/start";

    public static IEndpointRouteBuilder MapGmailConnections(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/connections/gmail").WithTags("Connections").RequireAuthorization();
        api.MapPost("/", ConnectAsync);
        api.MapPost("/{id:guid}/reconnect", ReconnectAsync);

        // The Integrations page's "Connect Gmail" form, and the browser's way back from Google's consent page.
        app.MapPost(StartPath, StartFromFormAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet(GmailConnector.CallbackPath, CallbackAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    public static string RedirectUri(HttpRequest request, GoogleOptions options) =>
        options.RedirectUri is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}{GmailConnector.CallbackPath}";

    private static async Task<Results<Ok<AuthorizeResponse>, ProblemHttpResult>> ConnectAsync(
        ConnectRequest? request, HttpContext http, GmailConnector connector, GoogleEndpoints endpoints, IOptions<GoogleOptions> options)
    {
        if (!endpoints.IsAvailable)
        {
            return TypedResults.Problem("Gmail is not configured on this server (no Google:ClientId) and demo mode is off.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        if (!OAuthHandshake.TryReadLoginHint(request?.LoginHint, out var hint))
        {
            return TypedResults.Problem(OAuthHandshake.LoginHintProblem, statusCode: StatusCodes.Status400BadRequest);
        }
        var url = await connector.StartAsync(http.User.RequireUserId(), hint, RedirectUri(http.Request, options.Value), http.RequestAborted);
        return TypedResults.Ok(new AuthorizeResponse(url));
    }

    private static async Task<Results<Ok<AuthorizeResponse>, NotFound>> ReconnectAsync(
        Guid id, HttpContext http, ApplyTrackDbContext db, GmailConnector connector, IOptions<GoogleOptions> options)
    {
        var userId = http.User.RequireUserId();
        var connection = await db.MailboxConnections.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId && c.Provider == MailProvider.Gmail, http.RequestAborted);
        if (connection is null)
        {
            return TypedResults.NotFound();
        }
        var url = await connector.StartAsync(userId, connection.AccountEmail, RedirectUri(http.Request, options.Value), http.RequestAborted);
        return TypedResults.Ok(new AuthorizeResponse(url));
    }

    private static async Task<IResult> StartFromFormAsync(
        HttpContext http, IAntiforgery antiforgery, GmailConnector connector, GoogleEndpoints endpoints, IOptions<GoogleOptions> options)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem("The form expired or did not come from ApplyTrack. Reload the page and try again.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (!endpoints.IsAvailable)
        {
            return Problem(ConnectProblems.GmailUnavailable);
        }
        var url = await connector.StartAsync(http.User.RequireUserId(), loginHint: null, RedirectUri(http.Request, options.Value), http.RequestAborted);
        return Results.Redirect(url);
    }

    private static async Task<IResult> CallbackAsync(HttpContext http, GmailConnector connector, PipelineEvents events, string? code, string? state, string? error)
    {
        var userId = http.User.RequireUserId();
        try
        {
            var connection = await connector.CompleteAsync(userId, state, code, error, http.RequestAborted);
            events.Publish(userId, new PipelineEvent("connection", connection.Id));
            return Results.Redirect($"/settings/integrations?connected={connection.Id}");
        }
        catch (ConnectProblemException ex)
        {
            return Problem(ex.Problem);
        }
    }

    private static IResult Problem(ConnectProblem problem) =>
        Results.Redirect(ConnectProblems.PageUrl(problem));
}
