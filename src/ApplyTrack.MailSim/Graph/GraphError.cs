using System.Globalization;
using System.Text.Json.Nodes;

namespace ApplyTrack.MailSim.Graph;

/// <summary>Graph's error body (PROTOCOLS §2.6): `{"error":{"code","message","innerError":{date, request-id, client-request-id}}}`.</summary>
public static class GraphError
{
    public static IResult Result(HttpContext context, int status, string code, string message, JsonObject? innerExtra = null)
    {
        var requestId = RequestId(context);
        var inner = new JsonObject
        {
            ["date"] = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            ["request-id"] = requestId,
            ["client-request-id"] = context.Request.Headers["client-request-id"].FirstOrDefault() ?? requestId,
        };
        foreach (var (name, value) in innerExtra ?? []) inner[name] = value?.DeepClone();
        return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["innerError"] = inner } }, statusCode: status);
    }

    /// <summary>Graph echoes `client-request-id` and adds its own `request-id` on every response.</summary>
    public static string RequestId(HttpContext context)
    {
        if (context.Items["graph.request-id"] is string existing) return existing;
        var id = Guid.NewGuid().ToString();
        context.Items["graph.request-id"] = id;
        context.Response.Headers["request-id"] = id;
        if (context.Request.Headers["client-request-id"].FirstOrDefault() is { } clientRequestId)
            context.Response.Headers["client-request-id"] = clientRequestId;
        return id;
    }

    public static IResult Unauthorized(HttpContext context, string message)
    {
        context.Response.Headers.WWWAuthenticate =
            "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"";
        return Result(context, 401, "InvalidAuthenticationToken", message);
    }

    public static IResult AccessDenied(HttpContext context) => Result(context, 403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");

    public static IResult NotFound(HttpContext context) => Result(context, 404, "ErrorItemNotFound", "The specified object was not found in the store.");

    public static IResult BadRequest(HttpContext context, string message, string code = "BadRequest") => Result(context, 400, code, message);

    public static IResult Throttled(HttpContext context, int retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Result(context, 429, "TooManyRequests", "Please retry again later.",
            new JsonObject { ["code"] = "429", ["message"] = "Please retry after", ["status"] = "429" });
    }

    /// <summary>
    /// Exchange's own limits answer 429 `ApplicationThrottled` naming the limit (observed on the wire: "Application is over
    /// its MailboxConcurrency limit."), unlike the generic `TooManyRequests`.
    /// </summary>
    public static IResult OverMailboxLimit(HttpContext context, string limit, int retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Result(context, 429, "ApplicationThrottled", $"Application is over its {limit} limit.");
    }

    public static IResult Injected(HttpContext context, int status) => status switch
    {
        429 => Throttled(context, int.TryParse(context.Response.Headers.RetryAfter, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : 1),
        503 => Result(context, 503, "serviceNotAvailable", "The service is temporarily unavailable. Please retry later."),
        504 => Result(context, 504, "UnknownError", "The operation has timed out."),
        401 => Unauthorized(context, "Access token has expired or is not yet valid."),
        403 => AccessDenied(context),
        404 => NotFound(context),
        410 => Result(context, 410, "syncStateNotFound", "The sync state generation is not found. Delta token is expired or not valid."),
        _ => Result(context, status, "generalException", "An unexpected error occurred (injected fault)."),
    };
}
