using System.Globalization;
using System.Text.Json.Nodes;

namespace ApplyTrack.MailSim.Identity;

/// <summary>
/// An identity-platform error (PROTOCOLS §1.6): `error`, `error_description` starting `AADSTSnnnn:`, `error_codes`,
/// `timestamp`, `trace_id`, `correlation_id`, `error_uri`, optional `suberror` and `claims`.
/// </summary>
public sealed record AadError(string Error, int Code, string Description, int Status = 400)
{
    public string? Suberror { get; init; }
    public string? Claims { get; init; }

    public static AadError InvalidGrant(int code, string description, string? suberror = null) => new("invalid_grant", code, description) { Suberror = suberror };

    public static AadError InvalidRequest(int code, string description) => new("invalid_request", code, description);

    public JsonObject ToJson(DateTimeOffset now, string? correlationId)
    {
        var traceId = Guid.NewGuid().ToString();
        correlationId ??= Guid.NewGuid().ToString();
        var timestamp = now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var body = new JsonObject
        {
            ["error"] = Error,
            ["error_description"] = $"AADSTS{Code}: {Description} Trace ID: {traceId} Correlation ID: {correlationId} Timestamp: {timestamp}",
            ["error_codes"] = new JsonArray(Code),
            ["timestamp"] = timestamp,
            ["trace_id"] = traceId,
            ["correlation_id"] = correlationId,
            ["error_uri"] = $"https://login.microsoftonline.com/error?code={Code}",
        };
        if (Suberror is not null) body["suberror"] = Suberror;
        if (Claims is not null) body["claims"] = Claims;
        return body;
    }

    public IResult ToResult(HttpContext context, TimeProvider time) =>
        Results.Json(ToJson(time.GetUtcNow(), context.Request.Headers["client-request-id"].FirstOrDefault()), statusCode: Status);

    // The catalogue of PROTOCOLS §1.7, worded like the real service.
    public static AadError CodeExpired => InvalidGrant(70008, "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.");
    public static AadError CodeRedeemed => InvalidGrant(54005, "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.");
    public static AadError PkceMismatch => InvalidGrant(501481, "The Code_Verifier does not match the code_challenge supplied in the authorization request.");
    public static AadError RefreshExpired(DateTimeOffset issued) => InvalidGrant(700082, $"The refresh token has expired due to inactivity. The token was issued on {issued.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ} and was inactive for 90.00:00:00.", "bad_token");
    public static AadError RefreshRevoked => InvalidGrant(50173, "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.", "bad_token");
    public static AadError ConsentRequired => InvalidGrant(65001, "The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.", "consent_required");
    public static AadError AdminConsentRequired => InvalidGrant(90094, "The grant requires admin permission.", "consent_required");
    public static AadError InteractionRequired => new("interaction_required", 50076, "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.")
    {
        Suberror = "basic_action",
        Claims = """{"access_token":{"capolids":{"essential":true,"values":["5a4d1c2b-0000-4000-8000-00000000c0de"]}}}""",
    };
    public static AadError TemporarilyUnavailable => new("temporarily_unavailable", 90006, "The server is temporarily too busy to handle the request. Please try again later.", 503);
    public static AadError InvalidRefreshToken => InvalidGrant(9002313, "Invalid request. Request is malformed or invalid.");
    public static AadError MultipleResources => new("invalid_scope", 700022, "The provided value for the input parameter scope is not valid because it contains more than one resource.");
    public static AadError SecretFromPublicClient => new("invalid_client", 700025, "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.", 401);
    public static AadError InvalidSecret => new("invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.", 401);
    public static AadError MissingSecret => new("invalid_client", 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", 401);
    public static AadError UnknownClient(string clientId) => new("unauthorized_client", 700016, $"Application with identifier '{clientId}' was not found in the directory 'ApplyTrack Sandbox'.");
    public static AadError RedirectMismatch(string redirectUri) => InvalidRequest(50011, $"The redirect URI '{redirectUri}' specified in the request does not match the redirect URIs configured for the application.");
    public static AadError UnsupportedGrant(string? grant) => new("unsupported_grant_type", 70003, $"The app requested an unsupported grant type '{grant}'.");
}
