using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Graph;

/// <summary>Microsoft Graph v1.0 mail (PROTOCOLS §2, §8.3) under `/v1.0`: `/me`, mail folders, messages, message delta.</summary>
public static partial class GraphEndpoints
{
    public const int DefaultPageSize = 10;

    public static IHostApplicationBuilder AddGraphMail(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OutlookThrottle>();
        return builder;
    }

    /// <summary>
    /// Rewrites the path forms clients use onto one route shape: `/me` → `/users/me`, `mailFolders('x')` → `mailFolders/x`,
    /// `delta()` and `microsoft.graph.delta()` → `delta`, `mailFolders/a/childFolders/b/…` → `mailFolders/b/…`.
    /// </summary>
    public static IApplicationBuilder UseGraphPathNormalization(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path.Value;
        if (path is not null && path.StartsWith("/v1.0/", StringComparison.OrdinalIgnoreCase))
        {
            context.Items[Links.OriginalPathKey] = path;
            var normalized = KeySegment().Replace(path, "/$1/$2");
            normalized = DeltaFunction().Replace(normalized, "/delta");
            normalized = MeSegment().Replace(normalized, "/v1.0/users/me");
            normalized = ChildFolderItem().Replace(normalized, "/mailFolders/$1");
            context.Request.Path = normalized;
        }
        return next(context);
    });

    public static IEndpointRouteBuilder MapGraphMail(this IEndpointRouteBuilder app)
    {
        app.ServiceProvider.GetRequiredService<FaultResponses>().Register(SandboxSurface.Graph, (context, status, _) =>
        {
            GraphError.RequestId(context);
            return GraphError.Injected(context, status).ExecuteAsync(context);
        });

        app.MapGet("/oidc/userinfo", UserInfo).AddEndpointFilter(GraphCaller.Authenticate);
        var user = app.MapGroup("/v1.0/users/{user}").AddEndpointFilter(GraphCaller.Authenticate);
        user.MapGet("", Me);
        var mail = user.MapGroup("").WithMetadata(new RequiresMailScope());
        mail.MapGet("/mailFolders", (HttpContext context) => ListFolders(context, WellKnownFolder.Root));
        mail.MapGet("/mailFolders/{folderId}", GetFolder);
        mail.MapGet("/mailFolders/{folderId}/childFolders", ListFolders);
        mail.MapGet("/mailFolders/{folderId}/messages", (HttpContext context, string folderId) => ListMessages(context, folderId));
        mail.MapGet("/mailFolders/{folderId}/messages/delta", MessageDelta.Get);
        mail.MapGet("/mailFolders/{folderId}/messages/{messageId}", (HttpContext context, string folderId, string messageId) => GetMessage(context, messageId, folderId));
        mail.MapGet("/mailFolders/{folderId}/messages/{messageId}/$value", (HttpContext context, string messageId) => GetMime(context, messageId));
        mail.MapGet("/messages", (HttpContext context) => ListMessages(context, null));
        mail.MapGet("/messages/{messageId}", (HttpContext context, string messageId) => GetMessage(context, messageId, null));
        mail.MapGet("/messages/{messageId}/$value", (HttpContext context, string messageId) => GetMime(context, messageId));
        return app;
    }

    private static IResult Me(HttpContext context)
    {
        var user = GraphCaller.From(context).Mailbox.User;
        var names = user.DisplayName.Split(' ', 2);
        return Results.Json(new JsonObject
        {
            ["@odata.context"] = $"{Links.Base(context)}$metadata#users/$entity",
            ["businessPhones"] = new JsonArray(),
            ["displayName"] = user.DisplayName,
            ["givenName"] = names[0],
            ["jobTitle"] = null,
            ["mail"] = user.Email,
            ["mobilePhone"] = null,
            ["officeLocation"] = null,
            ["preferredLanguage"] = "en-US",
            ["surname"] = names.Length > 1 ? names[1] : null,
            ["userPrincipalName"] = user.Email,
            ["id"] = user.Id,
        });
    }

    private static IResult UserInfo(HttpContext context)
    {
        var user = GraphCaller.From(context).Mailbox.User;
        return Results.Json(new JsonObject { ["sub"] = user.Id, ["name"] = user.DisplayName, ["email"] = user.Email, ["picture"] = $"{Links.Base(context)}me/photo/$value" });
    }

    private static IResult ListFolders(HttpContext context, string folderId)
    {
        var mailbox = GraphCaller.From(context).Mailbox;
        var parent = mailbox.FindFolder(folderId);
        if (parent is null) return GraphError.NotFound(context);
        var includeHidden = bool.TryParse(context.Request.Query["includeHiddenFolders"], out var hidden) && hidden;
        var folders = mailbox.ChildFolders(parent.Id).Where(f => includeHidden || !f.IsHidden).ToList();
        return Page(context, folders.Count, (skip, take) => folders.Skip(skip).Take(take).Select(f => MessageJson.Folder(mailbox, f)),
            $"{Links.Base(context)}$metadata#users('{mailbox.Id}')/mailFolders");
    }

    private static IResult GetFolder(HttpContext context, string folderId)
    {
        var mailbox = GraphCaller.From(context).Mailbox;
        var folder = mailbox.FindFolder(folderId);
        if (folder is null) return GraphError.NotFound(context);
        var json = MessageJson.Folder(mailbox, folder);
        json.Insert(0, "@odata.context", $"{Links.Base(context)}$metadata#users('{mailbox.Id}')/mailFolders/$entity");
        return Results.Json(json);
    }

    private static IResult ListMessages(HttpContext context, string? folderId)
    {
        var caller = GraphCaller.From(context);
        var mailbox = caller.Mailbox;
        MailFolder? folder = null;
        if (folderId is not null && (folder = mailbox.FindFolder(folderId)) is null) return GraphError.NotFound(context);
        var query = context.Request.Query;
        if (query.ContainsKey("$search")) return GraphError.BadRequest(context, "Search is not available in the ApplyTrack sandbox.", "ErrorInvalidRequest");
        var select = MessageJson.ParseSelect(query["$select"], out var selectError);
        if (selectError is not null) return GraphError.BadRequest(context, selectError, "RequestBroker--ParseUri");
        var filter = MessageFilter.Parse(query["$filter"], out var filterError);
        if (filterError is not null) return GraphError.BadRequest(context, filterError, "ErrorInvalidUrlQueryFilter");
        var orderBy = query["$orderby"].ToString().Trim();
        var ascending = orderBy.EndsWith(" asc", StringComparison.OrdinalIgnoreCase);
        var orderProperty = orderBy.Split(' ')[0];
        if (orderBy.Length > 0 && !orderProperty.Equals("receivedDateTime", StringComparison.OrdinalIgnoreCase))
            return GraphError.BadRequest(context, $"Ordering by '{orderProperty}' is not available in the ApplyTrack sandbox.", "ErrorInvalidRequest");
        // Exchange refuses a sort whose property is not also the first one filtered on (PROTOCOLS §2.3).
        if (orderBy.Length > 0 && filter is not null && !filter.Clauses[0].Property.Equals(orderProperty, StringComparison.OrdinalIgnoreCase))
            return GraphError.BadRequest(context, "The restriction or sort order is too complex for this operation.", "InefficientFilter");

        var preferences = GraphPreferences.From(context.Request);
        var messages = mailbox.Messages(folder?.Id).Where(m => filter?.Matches(m) ?? true).ToList();
        if (ascending) messages.Reverse();
        preferences.Apply(context.Response, null);
        var owner = folder is null ? "messages" : $"mailFolders('{folder.Id}')/messages";
        return Page(context, messages.Count,
            (skip, take) => messages.Skip(skip).Take(take).Select(m => MessageJson.Message(m, select, preferences.TextBody, preferences.ImmutableIds, caller.CanReadBodies)),
            $"{Links.Base(context)}$metadata#users('{mailbox.Id}')/{owner}{(select is null ? "" : $"({string.Join(',', select)})")}");
    }

    private static IResult GetMessage(HttpContext context, string messageId, string? folderId)
    {
        var caller = GraphCaller.From(context);
        var message = caller.Mailbox.FindMessage(messageId);
        if (message is null || (folderId is not null && caller.Mailbox.FindFolder(folderId)?.Id != message.FolderId)) return GraphError.NotFound(context);
        var select = MessageJson.ParseSelect(context.Request.Query["$select"], out var selectError);
        if (selectError is not null) return GraphError.BadRequest(context, selectError, "RequestBroker--ParseUri");
        var preferences = GraphPreferences.From(context.Request);
        preferences.Apply(context.Response, null);
        var json = MessageJson.Message(message, select, preferences.TextBody, preferences.ImmutableIds, caller.CanReadBodies);
        json.Insert(0, "@odata.context", $"{Links.Base(context)}$metadata#users('{caller.Mailbox.Id}')/messages/$entity");
        return Results.Json(json);
    }

    private static IResult GetMime(HttpContext context, string messageId)
    {
        var caller = GraphCaller.From(context);
        var message = caller.Mailbox.FindMessage(messageId);
        if (message is null) return GraphError.NotFound(context);
        if (!caller.CanReadBodies) return GraphError.AccessDenied(context);
        return Results.Text(MessageJson.Mime(message), "text/plain");
    }

    /// <summary>`$top` (default 10, at most 1000) and `$skip` paging with an absolute `@odata.nextLink`.</summary>
    private static IResult Page(HttpContext context, int total, Func<int, int, IEnumerable<JsonObject>> slice, string odataContext)
    {
        var query = context.Request.Query;
        var top = int.TryParse(query["$top"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) ? t : DefaultPageSize;
        if (top is < 1 or > 1000) return GraphError.BadRequest(context, "Invalid $top: it must be between 1 and 1000.", "ErrorInvalidRequest");
        var skip = int.TryParse(query["$skip"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? Math.Max(0, s) : 0;
        var body = new JsonObject { ["@odata.context"] = odataContext, ["value"] = new JsonArray([.. slice(skip, top)]) };
        if (skip + top < total) body["@odata.nextLink"] = Links.WithSkip(context, skip + top);
        return Results.Json(body);
    }

    [GeneratedRegex(@"/(mailFolders|childFolders|messages|users)\('([^']*)'\)", RegexOptions.IgnoreCase)]
    private static partial Regex KeySegment();

    [GeneratedRegex(@"/(microsoft\.graph\.)?delta(\(\))?(?=/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DeltaFunction();

    [GeneratedRegex(@"^/v1\.0/me(?=/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex MeSegment();

    [GeneratedRegex(@"/mailFolders/[^/]+(?:/childFolders/([^/]+))+(?=/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ChildFolderItem();
}
