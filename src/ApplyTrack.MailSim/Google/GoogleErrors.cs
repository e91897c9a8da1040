using System.Globalization;
using System.Text.Json.Nodes;

namespace ApplyTrack.MailSim.Google;

/// <summary>A Gmail API answer before serialisation: status plus JSON body (null for an empty 204-style body).</summary>
internal sealed record GmailResponse(int Status, JsonNode? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static GmailResponse Ok(JsonNode body) => new(200, body);
}

/// <summary>Thrown by Gmail handlers to answer with Google's error envelope.</summary>
internal sealed class GmailApiException(GmailResponse response) : Exception(response.Body?["error"]?["message"]?.GetValue<string>())
{
    public GmailResponse Response { get; } = response;
}

/// <summary>
/// Google's JSON API error envelope (PROTOCOLS §4.10): `{"error":{"code","message","errors":[{message,domain,reason}],"status"}}`,
/// and the OAuth endpoints' flat `{"error","error_description"}`.
/// </summary>
internal static class GoogleErrors
{
    private const string AuthHelp = "Expected OAuth 2 access token, login cookie or other valid authentication credential. " +
        "See https://developers.google.com/identity/sign-in/web/devconsole-project.";

    public static GmailResponse Error(int code, string status, string reason, string message, string domain = "global",
        string? location = null, string? errorMessage = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var item = new JsonObject { ["message"] = errorMessage ?? message, ["domain"] = domain, ["reason"] = reason };
        if (location is not null)
        {
            item["location"] = location;
            item["locationType"] = "header";
        }
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["errors"] = new JsonArray(item),
                ["status"] = status,
            },
        };
        return new GmailResponse(code, body, headers);
    }

    public static GmailApiException Fail(GmailResponse response) => new(response);

    public static GmailResponse MissingCredentials() => Error(401, "UNAUTHENTICATED", "required",
        "Request is missing required authentication credential. " + AuthHelp, location: "Authorization", errorMessage: "Login Required.",
        headers: new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer realm=\"https://accounts.google.com/\"" });

    public static GmailResponse InvalidCredentials() => Error(401, "UNAUTHENTICATED", "authError",
        "Request had invalid authentication credentials. " + AuthHelp, location: "Authorization", errorMessage: "Invalid Credentials",
        headers: new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"" });

    public static GmailResponse InsufficientScopes() => Error(403, "PERMISSION_DENIED", "insufficientPermissions",
        "Request had insufficient authentication scopes.", errorMessage: "Insufficient Permission",
        headers: new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer realm=\"https://accounts.google.com/\", error=\"insufficient_scope\"" });

    public static GmailResponse Forbidden(string message) => Error(403, "PERMISSION_DENIED", "forbidden", message);

    public static GmailResponse NotFound() => Error(404, "NOT_FOUND", "notFound", "Requested entity was not found.");

    public static GmailResponse BadRequest(string message, string reason = "invalidArgument") => Error(400, "INVALID_ARGUMENT", reason, message);

    public static GmailResponse FailedPrecondition(string message) => Error(400, "FAILED_PRECONDITION", "failedPrecondition", message);

    public static GmailResponse For(GmailFault fault, DateTimeOffset now) => fault switch
    {
        GmailFault.UserRateLimit403 => Error(403, "PERMISSION_DENIED", "userRateLimitExceeded", "User Rate Limit Exceeded", "usageLimits"),
        GmailFault.RateLimit403 => Error(403, "PERMISSION_DENIED", "rateLimitExceeded", "Rate Limit Exceeded", "usageLimits"),
        GmailFault.RateLimit429 => TooManyRequests(now.AddSeconds(2)),
        GmailFault.BackendError500 => Error(500, "INTERNAL", "backendError", "Backend Error"),
        _ => Error(503, "UNAVAILABLE", "backendError", "The service is currently unavailable."),
    };

    /// <summary>Gmail's per-user 429 names the moment to retry after inside the message text.</summary>
    public static GmailResponse TooManyRequests(DateTimeOffset retryAfter) => Error(429, "RESOURCE_EXHAUSTED", "rateLimitExceeded",
        $"User-rate limit exceeded.  Retry after {retryAfter.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)}",
        "usageLimits");

    public static GmailResponse TooManyConcurrentRequests() =>
        Error(429, "RESOURCE_EXHAUSTED", "rateLimitExceeded", "Too many concurrent requests for user", "usageLimits");

    /// <summary>Body of an OAuth endpoint error (`/token`, `/revoke`).</summary>
    public static IResult OAuth(string error, string description, int status = 400) =>
        TypedResults.Json(new JsonObject { ["error"] = error, ["error_description"] = description }, statusCode: status);
}
