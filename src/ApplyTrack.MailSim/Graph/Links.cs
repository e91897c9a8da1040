using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Graph;

/// <summary>
/// Absolute links minted on the sandbox's own base URL: the Graph SDK follows nextLink/deltaLink verbatim, so a link to
/// graph.microsoft.com would leave the sandbox (PROTOCOLS §6.1).
/// </summary>
public static class Links
{
    public const string OriginalPathKey = "graph.original-path";

    public static string Base(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}/v1.0/";

    /// <summary>`me` or `users/{id}`, as the client wrote it.</summary>
    public static string Owner(HttpContext context)
    {
        var original = context.Items[OriginalPathKey] as string ?? context.Request.Path.Value ?? "";
        var user = context.Request.RouteValues["user"] as string;
        return original.StartsWith("/v1.0/users", StringComparison.OrdinalIgnoreCase) && user is not null ? $"users/{user}" : "me";
    }

    public static string FolderMessages(HttpContext context, MailFolder folder) => $"{Base(context)}{Owner(context)}/mailFolders('{folder.Id}')/messages";

    public static string Delta(HttpContext context, MailFolder folder, string parameter, string token) =>
        $"{FolderMessages(context, folder)}/delta?{parameter}={token}";

    /// <summary>The current request URL with `$skip` replaced, for list nextLinks.</summary>
    public static string WithSkip(HttpContext context, int skip)
    {
        var query = context.Request.Query.Where(p => !p.Key.Equals("$skip", StringComparison.OrdinalIgnoreCase))
            .Select(p => $"{Uri.EscapeDataString(p.Key).Replace("%24", "$")}={Uri.EscapeDataString(p.Value.ToString())}")
            .Append($"$skip={skip}");
        var original = context.Items[OriginalPathKey] as string ?? context.Request.Path.Value;
        return $"{context.Request.Scheme}://{context.Request.Host}{original}?{string.Join('&', query)}";
    }
}
