using System.Text.Json;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Graph;
using ApplyTrack.MailSim.Hosting;

namespace ApplyTrack.MailSim.Subscriptions;

/// <summary>`/v1.0/subscriptions` (PROTOCOLS §3.1, §3.5): create with the validation handshake, list, renew, reauthorize, delete.</summary>
public static class SubscriptionEndpoints
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10_080);
    public static readonly TimeSpan MinLifetime = TimeSpan.FromMinutes(45);
    public static readonly TimeSpan ValidationTimeout = TimeSpan.FromSeconds(10);
    private static readonly string[] ChangeTypes = ["created", "updated", "deleted"];

    public static IHostApplicationBuilder AddGraphSubscriptions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SubscriptionStore>();
        builder.Services.AddSingleton<ISandboxStateSection>(sp => sp.GetRequiredService<SubscriptionStore>());
        builder.Services.AddSingleton<NotificationDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        // Subscribers on loopback often use their own development certificate; anything else must be trusted normally.
        builder.Services.AddHttpClient(NotificationDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                AllowAutoRedirect = false,
                ServerCertificateCustomValidationCallback = (request, _, _, errors) =>
                    errors == System.Net.Security.SslPolicyErrors.None || request.RequestUri?.IsLoopback == true,
            });
        return builder;
    }

    public static IEndpointRouteBuilder MapGraphSubscriptions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1.0/subscriptions").AddEndpointFilter(GraphCaller.Authenticate).WithMetadata(new RequiresMailScope());
        group.MapPost("", CreateAsync);
        group.MapGet("", (HttpContext context, SubscriptionStore store) =>
        {
            var caller = GraphCaller.From(context);
            var mine = store.Active.Where(s => s.ClientId == caller.Grant.ClientId && s.MailboxId == caller.Mailbox.Id);
            return Results.Json(new JsonObject
            {
                ["@odata.context"] = $"{Links.Base(context)}$metadata#subscriptions",
                ["value"] = new JsonArray([.. mine.Select(s => (JsonNode)s.ToJson(Links.Base(context)))]),
            });
        });
        group.MapGet("/{id}", (HttpContext context, string id, SubscriptionStore store) =>
            Owned(context, store, id) is { } subscription ? Results.Json(subscription.ToJson(Links.Base(context))) : NotFound(context, id));
        group.MapPatch("/{id}", RenewAsync);
        group.MapDelete("/{id}", (HttpContext context, string id, SubscriptionStore store) =>
            Owned(context, store, id) is not null && store.Remove(id) ? Results.NoContent() : NotFound(context, id));
        group.MapPost("/{id}/reauthorize", (HttpContext context, string id, SubscriptionStore store) =>
        {
            if (Owned(context, store, id) is not { } subscription) return NotFound(context, id);
            store.Save(subscription with { ReauthorizationAnnounced = false });
            return Results.NoContent();
        });
        return app;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SubscriptionStore store, IHttpClientFactory httpClients,
        MailSandboxOptions options, TimeProvider time)
    {
        var caller = GraphCaller.From(context);
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is null) return Invalid(context, "The request body is not valid JSON.");

        var changeType = (string?)body["changeType"];
        var notificationUrl = (string?)body["notificationUrl"];
        var resource = (string?)body["resource"];
        var expiration = (string?)body["expirationDateTime"];
        foreach (var (name, value) in new[] { ("changeType", changeType), ("notificationUrl", notificationUrl), ("resource", resource), ("expirationDateTime", expiration) })
            if (string.IsNullOrWhiteSpace(value)) return Invalid(context, $"Missing required property '{name}'.");

        var changeTypes = changeType!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (changeTypes.Length == 0 || changeTypes.Any(c => !ChangeTypes.Contains(c)))
            return Invalid(context, $"Invalid changeType '{changeType}'. Allowed values: created, updated, deleted.");
        if (!SubscriptionResource.TryParse(resource!, out var owner, out var folderKey))
            return Invalid(context, $"Resource '{resource}' is not supported. Use me/messages or me/mailFolders('{{id}}')/messages.");
        var ownerKey = owner.StartsWith("users", StringComparison.OrdinalIgnoreCase) ? owner[6..].Trim('(', ')', '\'') : "me";
        if (ownerKey != "me" && !ownerKey.Equals(caller.Mailbox.Id, StringComparison.OrdinalIgnoreCase)
            && !ownerKey.Equals(caller.Mailbox.User.Email, StringComparison.OrdinalIgnoreCase))
            return GraphError.AccessDenied(context);
        string? folderId = null;
        if (folderKey is not null)
        {
            if (caller.Mailbox.FindFolder(folderKey) is not { } folder) return GraphError.NotFound(context);
            folderId = folder.Id;
        }

        if (UrlProblem(notificationUrl!, options) is { } urlProblem) return Invalid(context, urlProblem);
        var lifecycleUrl = (string?)body["lifecycleNotificationUrl"];
        if (lifecycleUrl is not null && UrlProblem(lifecycleUrl, options) is { } lifecycleProblem) return Invalid(context, lifecycleProblem);
        if (body["includeResourceData"] is JsonValue rich && rich.TryGetValue<bool>(out var includeResourceData) && includeResourceData)
            return Invalid(context, "Rich notifications (includeResourceData) are not available in the ApplyTrack sandbox; use basic notifications and fetch the message.");
        var clientState = (string?)body["clientState"];
        if (clientState?.Length > 128) return Invalid(context, "clientState must be at most 128 characters.");

        if (ExpirationProblem(expiration!, time, out var expiresAt) is { } expirationProblem) return Invalid(context, expirationProblem);
        if (store.CountFor(caller.Mailbox.Id) >= SubscriptionStore.PerMailboxLimit)
            return GraphError.Result(context, 403, "ExtensionError", "Operation: Create; Exception: [Status Code: Forbidden; Reason: The maximum number of subscriptions for this mailbox has been reached.]");

        var client = httpClients.CreateClient(NotificationDispatcher.HttpClientName);
        if (!await ValidatesAsync(client, notificationUrl!, context.RequestAborted)
            || (lifecycleUrl is not null && !await ValidatesAsync(client, lifecycleUrl, context.RequestAborted)))
            return Invalid(context, "Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.");

        var subscription = new GraphSubscription
        {
            Id = Guid.NewGuid().ToString(),
            MailboxId = caller.Mailbox.Id,
            TenantId = caller.Mailbox.User.TenantId,
            ClientId = caller.Grant.ClientId,
            Resource = resource!,
            FolderId = folderId,
            ChangeTypes = changeTypes,
            NotificationUrl = notificationUrl!,
            LifecycleNotificationUrl = lifecycleUrl,
            ClientState = clientState,
            ExpirationDateTime = expiresAt,
            ImmutableIds = GraphPreferences.From(context.Request).ImmutableIds,
            LatestSupportedTlsVersion = (string?)body["latestSupportedTlsVersion"],
        };
        store.Save(subscription);
        return Results.Json(subscription.ToJson(Links.Base(context)), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> RenewAsync(HttpContext context, string id, SubscriptionStore store, TimeProvider time)
    {
        if (Owned(context, store, id) is not { } subscription) return NotFound(context, id);
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        if ((string?)body?["expirationDateTime"] is not { } expiration) return Invalid(context, "Missing required property 'expirationDateTime'.");
        if (ExpirationProblem(expiration, time, out var expiresAt) is { } problem) return Invalid(context, problem);
        // Renewing also reauthorizes (PROTOCOLS §3.5).
        var renewed = subscription with { ExpirationDateTime = expiresAt, ReauthorizationAnnounced = false };
        store.Save(renewed);
        return Results.Json(renewed.ToJson(Links.Base(context)));
    }

    /// <summary>
    /// The handshake of PROTOCOLS §3.3: POST `?validationToken=…` as text/plain; the endpoint has 10 s to answer 200 with
    /// exactly the decoded token.
    /// </summary>
    private static async Task<bool> ValidatesAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {Guid.NewGuid()}";
        var target = $"{url}{(url.Contains('?') ? '&' : '?')}validationToken={Uri.EscapeDataString(token)}";
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ValidationTimeout);
            using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent("", System.Text.Encoding.UTF8, "text/plain") };
            using var response = await client.SendAsync(request, timeout.Token);
            return response.StatusCode == System.Net.HttpStatusCode.OK && await response.Content.ReadAsStringAsync(timeout.Token) == token;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static string? UrlProblem(string url, MailSandboxOptions options)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return $"The notification URL '{url}' is not a valid absolute URL.";
        if (uri.Scheme == Uri.UriSchemeHttps) return null;
        if (uri.Scheme == Uri.UriSchemeHttp && options.AllowHttpNotificationUrls && uri.IsLoopback) return null;
        return "Subscription notification URL must use https.";
    }

    private static string? ExpirationProblem(string value, TimeProvider time, out DateTimeOffset expiresAt)
    {
        var now = time.GetUtcNow();
        if (!DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out expiresAt))
            return $"Invalid expirationDateTime '{value}'.";
        if (expiresAt <= now) return "Subscription expiration must be in the future.";
        if (expiresAt - now > MaxLifetime) return $"Subscription expiration can only be {MaxLifetime.TotalMinutes:0} minutes in the future.";
        // Graph raises lifetimes shorter than 45 minutes to 45 minutes.
        if (expiresAt - now < MinLifetime) expiresAt = now + MinLifetime;
        return null;
    }

    private static GraphSubscription? Owned(HttpContext context, SubscriptionStore store, string id)
    {
        var caller = GraphCaller.From(context);
        return store.Find(id) is { } subscription && subscription.MailboxId == caller.Mailbox.Id && subscription.ClientId == caller.Grant.ClientId ? subscription : null;
    }

    private static IResult Invalid(HttpContext context, string message) => GraphError.Result(context, 400, "InvalidRequest", message);

    private static IResult NotFound(HttpContext context, string id) =>
        GraphError.Result(context, 404, "ResourceNotFound", $"The object was not found. Subscription '{id}' does not exist or has expired.");
}
