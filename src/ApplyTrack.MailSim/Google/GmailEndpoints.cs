using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ApplyTrack.MailSim.Google;

/// <summary>Maps the Gmail REST routes (`/gmail/v1/…`, and the older `/gmail/v1` root under `/`) and the batch endpoint.</summary>
internal static class GmailEndpoints
{
    private const int MaxBatchParts = 100;

    public static void Map(IEndpointRouteBuilder endpoints, GmailApi api)
    {
        var gmail = endpoints.MapGroup("/gmail/v1").ExcludeFromDescription();
        foreach (var operation in api.Operations)
        {
            gmail.MapMethods(operation.Template, [operation.Method], (HttpContext context) => HandleAsync(context, api, operation))
                .WithName("gmail." + operation.Name)
                .DisableAntiforgery();
        }
        endpoints.MapPost("/batch/gmail/v1", (HttpContext context) => BatchAsync(context, api)).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapPost("/batch", (HttpContext context) => BatchAsync(context, api)).ExcludeFromDescription().DisableAntiforgery();
    }

    private static async Task HandleAsync(HttpContext context, GmailApi api, GmailOperation operation)
    {
        var request = context.Request;
        var response = await api.ExecuteAsync(operation, request.RouteValues, request.Query, request.Headers.Authorization,
            async () => request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0
                ? await JsonNode.ParseAsync(request.Body, cancellationToken: context.RequestAborted)
                : null,
            context.RequestAborted);
        await WriteAsync(context.Response, response, context.RequestAborted);
    }

    internal static async Task WriteAsync(HttpResponse http, GmailResponse response, CancellationToken cancellationToken)
    {
        http.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>()) http.Headers[name] = value;
        if (response.Body is null) return;
        http.ContentType = "application/json; charset=UTF-8";
        await http.WriteAsync(response.Body.ToJsonString(), cancellationToken);
    }

    /// <summary>
    /// `multipart/mixed` batch (PROTOCOLS §4.9): each `application/http` part is one inner call with a path (or absolute URL),
    /// inheriting the outer `Authorization`; answers come back in request order as `Content-ID: &lt;response-…&gt;` parts.
    /// </summary>
    private static async Task BatchAsync(HttpContext context, GmailApi api)
    {
        var contentType = context.Request.ContentType ?? "";
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !media.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(media.Boundary).Value is not { Length: > 0 } boundary)
        {
            await WriteAsync(context.Response, GoogleErrors.BadRequest("Batch requests must be multipart/mixed with a boundary.", "badRequest"), context.RequestAborted);
            return;
        }

        var parts = new List<(string? ContentId, string Text)>();
        var reader = new MultipartReader(boundary, context.Request.Body);
        while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
        {
            using var text = new StreamReader(section.Body, Encoding.UTF8);
            parts.Add((section.Headers?.GetValueOrDefault("Content-ID").ToString(), await text.ReadToEndAsync(context.RequestAborted)));
        }
        if (parts.Count > MaxBatchParts)
        {
            await WriteAsync(context.Response, GoogleErrors.BadRequest($"A batch request cannot contain more than {MaxBatchParts} requests.", "badRequest"), context.RequestAborted);
            return;
        }

        var outerAuthorization = context.Request.Headers.Authorization.ToString();
        var responseBoundary = "batch_" + Guid.NewGuid().ToString("N")[..20];
        var body = new StringBuilder();
        foreach (var (contentId, text) in parts)
        {
            var inner = await ExecuteInnerAsync(api, text, outerAuthorization, context.RequestAborted);
            body.Append("--").Append(responseBoundary).Append("\r\n");
            body.Append("Content-Type: application/http\r\n");
            if (contentId is { Length: > 0 }) body.Append("Content-ID: <response-").Append(contentId.Trim('<', '>')).Append(">\r\n");
            body.Append("\r\n");
            body.Append("HTTP/1.1 ").Append(inner.Status).Append(' ').Append(ReasonPhrases.GetReasonPhrase(inner.Status)).Append("\r\n");
            foreach (var (name, value) in inner.Headers ?? new Dictionary<string, string>()) body.Append(name).Append(": ").Append(value).Append("\r\n");
            var json = inner.Body?.ToJsonString() ?? "";
            if (inner.Body is not null) body.Append("Content-Type: application/json; charset=UTF-8\r\n");
            body.Append("Content-Length: ").Append(Encoding.UTF8.GetByteCount(json)).Append("\r\n\r\n").Append(json).Append("\r\n");
        }
        body.Append("--").Append(responseBoundary).Append("--\r\n");
        context.Response.ContentType = $"multipart/mixed; boundary={responseBoundary}";
        await context.Response.WriteAsync(body.ToString(), context.RequestAborted);
    }

    private static async Task<GmailResponse> ExecuteInnerAsync(GmailApi api, string text, string outerAuthorization, CancellationToken cancellationToken)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var requestLine = lines.FirstOrDefault(l => l.Length > 0)?.Split(' ');
        if (requestLine is not { Length: >= 2 }) return GoogleErrors.BadRequest("Malformed batch part.", "badRequest");
        var index = Array.FindIndex(lines, l => l.Length > 0) + 1;
        var authorization = outerAuthorization;
        for (; index < lines.Length && lines[index].Length > 0; index++)
        {
            var colon = lines[index].IndexOf(':');
            if (colon > 0 && lines[index][..colon].Trim().Equals("Authorization", StringComparison.OrdinalIgnoreCase))
                authorization = lines[index][(colon + 1)..].Trim();
        }
        var innerBody = string.Join('\n', lines.Skip(index + 1)).Trim();

        var target = requestLine[1];
        // Some clients write absolute URLs in the request line; on Unix a bare "/path" would also parse as an absolute (file) URI.
        if (target.StartsWith("http", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(target, UriKind.Absolute, out var absolute)) target = absolute.PathAndQuery;
        var queryStart = target.IndexOf('?');
        var path = queryStart < 0 ? target : target[..queryStart];
        var query = new QueryCollection(QueryHelpers.ParseQuery(queryStart < 0 ? "" : target[queryStart..]));
        if (!path.StartsWith("/gmail/v1/", StringComparison.Ordinal)) return GoogleErrors.NotFound();
        if (api.Match(requestLine[0], path["/gmail/v1".Length..]) is not { } match) return GoogleErrors.NotFound();
        var (operation, route) = match;
        return await api.ExecuteAsync(operation, route, query, authorization,
            () => Task.FromResult(innerBody.Length > 0 ? JsonNode.Parse(innerBody) : null), cancellationToken);
    }
}
