using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>Connect Outlook (API) and Microsoft's callback. Scoped to the signed-in user.</summary>
public static class OutlookConnectionsApi
{
    public static IEndpointRouteBuilder MapOutlookConnections(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/connections/outlook").WithTags("Connections").RequireAuthorization();
        api.MapPost("/", ConnectAsync);

        // The browser comes back here from Microsoft's consent page.
        app.MapGet(OutlookConnector.CallbackPath, CallbackAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    public static string RedirectUri(HttpRequest request, OutlookOptions options) =>
        options.RedirectUri is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}{OutlookConnector.CallbackPath}";

    private static async Task<Results<Ok<AuthorizeResponse>, ProblemHttpResult>> ConnectAsync(
        ConnectRequest? request, HttpContext http, OutlookConnector connector, OutlookEndpoints endpoints, IOptions<OutlookOptions> options)
    {
        if (!endpoints.IsAvailable)
        {
            return TypedResults.Problem("Outlook is not configured on this server (no Outlook:ClientId) and demo mode is off.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        if (!OAuthHandshake.TryReadLoginHint(request?.LoginHint, out var hint))
        {
            return TypedResults.Problem(OAuthHandshake.LoginHintProblem, statusCode: StatusCodes.Status400BadRequest);
        }
        var url = await connector.StartAsync(http.User.RequireUserId(), hint, RedirectUri(http.Request, options.Value), http.RequestAborted);
        return TypedResults.Ok(new AuthorizeResponse(url));
    }

    private static async Task<IResult> CallbackAsync(HttpContext http, OutlookConnector connector, PipelineEvents events,
        string? code, string? state, string? error, string? error_description)
    {
        var userId = http.User.RequireUserId();
        try
        {
            var connection = await connector.CompleteAsync(userId, state, code, error, error_description, http.RequestAborted);
            events.Publish(userId, new PipelineEvent("connection", connection.Id));
            return Results.Redirect($"/settings/integrations?connected={connection.Id}");
        }
        catch (ConnectProblemException ex)
        {
            return Results.Redirect(ConnectProblems.PageUrl(ex.Problem));
        }
    }
}
