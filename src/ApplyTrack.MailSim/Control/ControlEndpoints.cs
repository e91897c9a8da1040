using System.Text.Json;
using ApplyTrack.MailSim.Hosting;
using ApplyTrack.MailSim.Identity;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.MailSim.Subscriptions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ApplyTrack.MailSim.Control;

/// <summary>
/// The `/_emu/` control API for demos and tests (documented with curl examples in README.md): inject and change mail,
/// seed from JSON Lines, switch faults, move the clock, read the request log. Unauthenticated: loopback only.
/// </summary>
public static class ControlEndpoints
{
    public static IHostApplicationBuilder AddSandboxControl(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SandboxFaults>();
        builder.Services.AddSingleton<FaultResponses>();
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapSandboxControl(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", SandboxIndexPage.Render).ExcludeFromDescription();
        var emu = app.MapGroup("/_emu").DisableAntiforgery();

        emu.MapGet("/certificate", (SandboxCertificateHolder holder) => TypedResults.Text(holder.Certificate.ExportCertificatePem(), "application/x-pem-file"));

        emu.MapGet("/users", (MailboxStore store) => TypedResults.Ok(store.Mailboxes.Select(UserView)));
        emu.MapPost("/users", Results<Created<object>, ValidationProblem> (UserInput input, MailboxStore store) =>
        {
            if (!System.Net.Mail.MailAddress.TryCreate(input.Email ?? "", out _))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["A valid email address is required."] });
            var mailbox = store.GetOrCreate(input.Email!, input.DisplayName);
            return TypedResults.Created($"/_emu/users/{mailbox.Id}", UserView(mailbox));
        });
        emu.MapGet("/users/{user}/folders", Results<Ok<IEnumerable<object>>, NotFound<ProblemDetails>> (string user, MailboxStore store) =>
            store.Find(user) is { } mailbox
                ? TypedResults.Ok(mailbox.Folders.Select(f => (object)new
                {
                    f.Id, f.DisplayName, f.WellKnownName, f.ParentFolderId, f.IsHidden,
                    TotalItemCount = mailbox.CountMessages(f.Id), UnreadItemCount = mailbox.CountMessages(f.Id, unreadOnly: true),
                }))
                : UnknownUser(user));
        emu.MapGet("/users/{user}/messages", Results<Ok<IEnumerable<object>>, NotFound<ProblemDetails>> (string user, string? folder, int? take, MailboxStore store) =>
            store.Find(user) is { } mailbox
                ? TypedResults.Ok(mailbox.Messages(folder is null ? null : mailbox.FindFolder(folder)?.Id ?? folder).Take(take ?? 50).Select(MessageView))
                : UnknownUser(user));

        emu.MapPost("/mail", AddMail);
        emu.MapPost("/mail/{id}/move", (string id, MoveInput input, MailboxStore store, MailSandboxOptions options) =>
            Mutate(store, options, input.User, id, m => MessageView(m.Move(id, input.Folder ?? WellKnownFolder.Inbox))));
        emu.MapPost("/mail/{id}/read", (string id, ReadInput input, MailboxStore store, MailSandboxOptions options) =>
            Mutate(store, options, input.User, id, m => MessageView(m.SetRead(id, input.IsRead ?? true))));
        emu.MapDelete("/mail/{id}", (string id, string? user, MailboxStore store, MailSandboxOptions options) =>
            Mutate(store, options, user, id, m => { m.Delete(id); return new { deleted = id }; }));
        emu.MapPost("/seed", SeedAsync);

        emu.MapGet("/faults", (SandboxFaults faults) => TypedResults.Ok(FaultsView(faults)));
        emu.MapPost("/faults", (FaultsInput input, SandboxFaults faults) =>
        {
            if (input.Transport is { } transport) faults.Transport = transport;
            if (input.Identity is { } identity) faults.Identity = identity;
            if (input.DeltaExpiry is { } mode) faults.DeltaExpiry = mode;
            if (input.Delta is { } delta) faults.Delta = delta;
            return TypedResults.Ok(FaultsView(faults));
        });
        emu.MapDelete("/faults", (SandboxFaults faults) => { faults.Reset(); return TypedResults.Ok(FaultsView(faults)); });
        emu.MapPost("/faults/fail-next", (FailNextInput input, SandboxFaults faults) =>
        {
            faults.FailNext(Math.Clamp(input.Count ?? 1, 1, 1000), input.Status ?? 503, input.Target ?? SandboxSurface.Graph, input.RetryAfterSeconds);
            return TypedResults.Ok(FaultsView(faults));
        });
        emu.MapPost("/delta/invalidate", (UserScopedInput? input, SandboxFaults faults, MailboxStore store) =>
        {
            if (input?.Mode is { } mode) faults.DeltaExpiry = mode;
            faults.InvalidateDeltaTokens(input?.User is { } user ? store.Find(user)?.Id ?? user : null);
            return TypedResults.Ok(new { invalidated = input?.User ?? "all mailboxes", mode = faults.DeltaExpiry });
        });
        emu.MapPost("/tokens/expire", (UserScopedInput? input, SandboxFaults faults, MailboxStore store, TimeProvider time) =>
        {
            faults.ExpireRefreshTokens(input?.User is { } user ? store.Find(user)?.Id ?? user : null, time.GetUtcNow());
            return TypedResults.Ok(new { expired = input?.User ?? "all mailboxes", error = "AADSTS700082" });
        });
        emu.MapPost("/revoke", Results<Ok<object>, NotFound<ProblemDetails>> (string user, MailboxStore store) =>
        {
            if (store.Find(user) is not { } mailbox) return UnknownUser(user);
            mailbox.RevokeSignInSessions();
            return TypedResults.Ok((object)new { revoked = mailbox.User.Email, error = "AADSTS50173" });
        });
        emu.MapPost("/consent", Results<Ok<object>, NotFound<ProblemDetails>, ValidationProblem> (ConsentInput input, MailboxStore store, SandboxFaults faults) =>
        {
            switch (input.Action)
            {
                case "require":
                    faults.Identity = faults.Identity with { RequireConsent = input.Enabled ?? true };
                    return TypedResults.Ok((object)FaultsView(faults));
                case "require-admin":
                    faults.Identity = faults.Identity with { RequireAdminConsent = input.Enabled ?? true };
                    if (input.Enabled == false) faults.ClearAdminConsent();
                    return TypedResults.Ok((object)FaultsView(faults));
                case "grant" or "revoke":
                    if (input.User is null || store.Find(input.User) is not { } mailbox) return UnknownUser(input.User ?? "(none)");
                    if (string.IsNullOrEmpty(input.ClientId))
                        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["clientId"] = ["clientId is required to grant or revoke."] });
                    if (input.Action == "grant") mailbox.GrantConsent(input.ClientId, input.Scopes ?? ["openid", "profile", "offline_access", "User.Read", "Mail.Read"]);
                    else mailbox.RevokeConsent(input.ClientId);
                    return TypedResults.Ok((object)new { user = mailbox.User.Email, clientId = input.ClientId, scopes = mailbox.ConsentedScopes(input.ClientId) });
                default:
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["action"] = ["Use grant, revoke, require or require-admin."] });
            }
        });

        emu.MapGet("/clock", (SandboxClock clock) => TypedResults.Ok(new { now = clock.GetUtcNow(), offset = clock.Offset.ToString("c") }));
        emu.MapPost("/clock", Results<Ok<object>, ValidationProblem> (ClockInput input, SandboxClock clock) =>
        {
            var by = input.Advance is { } text && TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
                : TimeSpan.FromMinutes(input.Minutes ?? 0) + TimeSpan.FromHours(input.Hours ?? 0) + TimeSpan.FromDays(input.Days ?? 0);
            if (by <= TimeSpan.Zero)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["advance"] = ["Give a positive duration: advance \"1.02:00:00\", or minutes/hours/days."] });
            clock.Advance(by);
            return TypedResults.Ok((object)new { now = clock.GetUtcNow(), offset = clock.Offset.ToString("c") });
        });

        emu.MapGet("/requests", (RequestLog log, int? take, SandboxSurface? surface) => TypedResults.Ok(log.Recent(Math.Clamp(take ?? 100, 1, RequestLog.Capacity), surface)));
        emu.MapDelete("/requests", (RequestLog log) => { log.Clear(); return TypedResults.NoContent(); });

        emu.MapGet("/subscriptions", (SubscriptionStore subscriptions) => TypedResults.Ok(subscriptions.Active));
        emu.MapPost("/lifecycle", Results<Ok<object>, NotFound<ProblemDetails>, ValidationProblem> (string sub, string @event, SubscriptionStore subscriptions, NotificationDispatcher dispatcher) =>
        {
            if (@event is not ("reauthorizationRequired" or "subscriptionRemoved" or "missed"))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["event"] = ["Use reauthorizationRequired, subscriptionRemoved or missed."] });
            if (subscriptions.Find(sub) is not { } subscription)
                return TypedResults.NotFound(new ProblemDetails { Title = "Unknown subscription", Detail = $"No active subscription '{sub}'." });
            if (!dispatcher.SendLifecycleEvent(subscription, @event))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sub"] = ["The subscription has no lifecycleNotificationUrl."] });
            if (@event == "subscriptionRemoved") subscriptions.Remove(subscription.Id);
            return TypedResults.Ok((object)new { subscription = subscription.Id, @event });
        });

        emu.MapGet("/clients", (ClientRegistry clients) => TypedResults.Ok(clients.Seen));
        emu.MapPost("/clients", Results<Created<RegisteredClient>, ValidationProblem> (RegisteredClient client, ClientRegistry clients) =>
        {
            if (string.IsNullOrWhiteSpace(client.ClientId))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["clientId"] = ["clientId is required."] });
            clients.Register(client);
            return TypedResults.Created($"/_emu/clients/{client.ClientId}", client);
        });
        return app;
    }

    private static Results<Created<object>, NotFound<ProblemDetails>, ValidationProblem> AddMail(MailInput input, MailboxStore store, MailSandboxOptions options)
    {
        if (input.Problems() is { } problems) return TypedResults.ValidationProblem(problems);
        var mailbox = MailboxFor(store, options, input.User);
        if (mailbox.FindFolder(input.Folder ?? WellKnownFolder.Inbox) is not { } folder)
            return TypedResults.NotFound(new ProblemDetails { Title = "Unknown folder", Detail = $"No folder '{input.Folder}' for {mailbox.User.Email}." });
        var message = mailbox.Add(input.ToNewMessage(), folder.Id);
        return TypedResults.Created($"/_emu/mail/{message.ImmutableId}", MessageView(message));
    }

    /// <summary>`POST /_emu/seed`: one <see cref="MailInput"/> per line; bad lines are reported, the rest are added.</summary>
    private static async Task<Ok<object>> SeedAsync(HttpRequest request, string? user, string? folder, MailboxStore store, MailSandboxOptions options)
    {
        var added = 0;
        var errors = new List<string>();
        using var reader = new StreamReader(request.Body);
        var number = 0;
        while (await reader.ReadLineAsync(request.HttpContext.RequestAborted) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var input = JsonSerializer.Deserialize<MailInput>(line, MailboxStore.JsonOptions)!;
                if (input.Problems() is { } problems)
                {
                    errors.Add($"line {number}: {string.Join(" ", problems.SelectMany(p => p.Value))}");
                    continue;
                }
                var mailbox = MailboxFor(store, options, input.User ?? user);
                mailbox.Add(input.ToNewMessage(), mailbox.FindFolder(input.Folder ?? folder ?? WellKnownFolder.Inbox)?.Id ?? mailbox.AddFolder(input.Folder ?? folder!).Id);
                added++;
            }
            catch (JsonException e)
            {
                errors.Add($"line {number}: {e.Message}");
            }
        }
        return TypedResults.Ok((object)new { added, errors });
    }

    private static IResult Mutate(MailboxStore store, MailSandboxOptions options, string? user, string messageId, Func<Mailbox, object> change)
    {
        var mailbox = user is not null ? store.Find(user) : store.Mailboxes.FirstOrDefault(m => m.FindMessage(messageId) is not null);
        if (mailbox is null) return TypedResults.NotFound(new ProblemDetails { Title = "Unknown message", Detail = $"No mailbox holds message '{messageId}'." });
        try
        {
            return TypedResults.Ok(change(mailbox));
        }
        catch (MailboxItemNotFoundException e)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "Not found", Detail = e.Message });
        }
    }

    private static Mailbox MailboxFor(MailboxStore store, MailSandboxOptions options, string? user) =>
        user is null ? store.GetOrCreate(options.DemoUserEmail, options.DemoUserDisplayName) : store.Find(user) ?? store.GetOrCreate(user);

    private static NotFound<ProblemDetails> UnknownUser(string user) =>
        TypedResults.NotFound(new ProblemDetails { Title = "Unknown user", Detail = $"No sandbox user '{user}'." });

    private static object UserView(Mailbox m) => new
    {
        m.User.Id, m.User.Email, m.User.DisplayName, m.User.TenantId, m.User.IsPersonalAccount,
        MessageCount = m.Messages().Count, m.CurrentSequence, m.SessionsRevokedAt,
    };

    private static object MessageView(MailMessage m) => new
    {
        m.Id, m.ImmutableId, m.InternetMessageId, m.ConversationId, m.FolderId, m.Subject,
        From = m.From.ToString(), m.ReceivedDateTime, m.IsRead, m.Categories,
    };

    private static object FaultsView(SandboxFaults faults) => new
    {
        faults.Transport, faults.Identity, faults.DeltaExpiry, faults.Delta, faults.QueuedFailures, faults.AdminConsentedTenants,
    };

    private sealed record UserInput(string? Email, string? DisplayName);
    private sealed record MoveInput(string? Folder, string? User);
    private sealed record ReadInput(bool? IsRead, string? User);
    private sealed record FaultsInput(TransportFaults? Transport, IdentityFaults? Identity, DeltaExpiryMode? DeltaExpiry, DeltaQuirks? Delta);
    private sealed record FailNextInput(int? Count, int? Status, SandboxSurface? Target, int? RetryAfterSeconds);
    private sealed record UserScopedInput(string? User, DeltaExpiryMode? Mode);
    private sealed record ConsentInput(string? Action, string? User, string? ClientId, IReadOnlyList<string>? Scopes, bool? Enabled);
    private sealed record ClockInput(string? Advance, double? Minutes, double? Hours, double? Days);
}
