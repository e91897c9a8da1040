using System.Net;
using System.Text.Json;
using System.Net.Http.Json;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.Features.Mail.Imap;
using ApplyTrack.Features.Mail.Outlook;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Infrastructure;
using MailKit.Net.Imap;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Models.ODataErrors;

namespace ApplyTrack.Tests.Mail;

/// <summary>
/// What every mail provider must do, run against each real one: the sandbox's Microsoft Graph and Gmail over HTTP, and Dovecot over
/// IMAP. A fourth provider gets the same suite by adding one subclass.
/// </summary>
public abstract class MailProviderContractTests(OutlookApplication app)
{
    protected static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    protected OutlookApplication App => app;

    protected abstract MailProvider Provider { get; }

    /// <summary>A mailbox of its own for each test.</summary>
    protected abstract string NewMailbox();

    protected abstract Task DeliverAsync(string mailbox, NewMailMessage message);

    protected abstract Task<Guid> ConnectAsync(HttpClient client, string mailbox);

    /// <summary>The provider stops accepting the stored credentials (revoked grant, changed app password).</summary>
    protected abstract Task BreakCredentialsAsync(string mailbox, Guid connectionId);

    /// <summary>The person follows the reconnect link they are given and signs in again; returns the connection it landed on.</summary>
    protected abstract Task<Guid> FollowReconnectAsync(HttpClient client, string reconnectUrl, string mailbox);

    /// <summary>The checkpoint a finished first round leaves: the provider can start an incremental round from it.</summary>
    protected abstract bool IsIncrementalCheckpoint(string? checkpoint);

    /// <summary>The provider's own exceptions and the neutral error each must become.</summary>
    protected abstract IEnumerable<(Exception Native, Type Neutral)> NativeErrors { get; }

    [Fact]
    public async Task Connect_creates_one_active_connection_and_connecting_again_updates_it()
    {
        var mailbox = NewMailbox();
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await ConnectAsync(client, mailbox);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var connection = await client.ConnectionAsync(connectionId);
        Assert.Equal(Provider.ToString().ToLowerInvariant(), connection.GetProperty("provider").GetString());
        Assert.Equal("active", connection.GetProperty("status").GetString());
        Assert.Single((await (await client.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(connectionId, await ConnectAsync(client, mailbox));
        Assert.Single((await (await client.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Initial_sync_reads_the_history_window_and_leaves_an_incremental_checkpoint()
    {
        var mailbox = NewMailbox();
        await DeliverAsync(mailbox, TestMail.Receipt("Contoso", "Analyst", Now.AddDays(-3), "conv-contoso"));
        await DeliverAsync(mailbox, TestMail.NonJob(1, Now.AddDays(-2)).Message);
        await DeliverAsync(mailbox, TestMail.Receipt("Litware", "Support Lead", Now.AddDays(-200)));
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await ConnectAsync(client, mailbox);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        Assert.Equal(new Dictionary<string, string> { ["Contoso"] = "applied" }, await client.StatusesAsync());
        var run = (await client.SyncHistoryAsync(connectionId)).First(r => r.GetProperty("outcome").GetString() == "succeeded");
        Assert.Equal("connected", run.GetProperty("trigger").GetString());
        Assert.All(await CheckpointsAsync(connectionId), c => Assert.True(IsIncrementalCheckpoint(c), $"'{c}' is not an incremental checkpoint"));
    }

    [Fact]
    public async Task Incremental_sync_reads_only_new_mail()
    {
        var mailbox = NewMailbox();
        await DeliverAsync(mailbox, TestMail.Receipt("Fabrikam", "Data Scientist", Now.AddDays(-3), "conv-fabrikam"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, mailbox);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var runs = (await client.SyncHistoryAsync(connectionId)).Count;

        await DeliverAsync(mailbox, TestMail.InterviewInvite("Fabrikam", "Data Scientist", DateTimeOffset.UtcNow, "conv-fabrikam"));
        await client.PostAsync($"/api/connections/{connectionId}/sync", null);
        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Fabrikam"] == "interviewing", TimeSpan.FromSeconds(20), "the new mail");
        // Push (where the plan has it) and the manual request may each run a sync; the new message is read, and stored once.
        // The card can move before the run that moved it has recorded its end, so the history is read once that run ended.
        async Task<List<System.Text.Json.JsonElement>> EndedLaterRunsAsync() => (await client.SyncHistoryAsync(connectionId)).SkipLast(runs)
            .Where(r => r.GetProperty("endedAt").ValueKind != System.Text.Json.JsonValueKind.Null).ToList();
        await Eventually.WaitAsync(async () => (await EndedLaterRunsAsync()).Any(r => r.GetProperty("messagesSeen").GetInt32() >= 1),
            TimeSpan.FromSeconds(20), "the run that read the new mail to end");
        Assert.All(await EndedLaterRunsAsync(), r => Assert.StartsWith("succeeded", r.GetProperty("outcome").GetString()));
        Assert.Equal(2, (await client.ActivityAsync()).Count);
    }

    [Fact]
    public async Task Refused_credentials_ask_to_reconnect_and_the_reconnect_resumes_from_the_checkpoint()
    {
        var mailbox = NewMailbox();
        await DeliverAsync(mailbox, TestMail.Receipt("Proseware", "Growth PM", Now.AddDays(-4), "conv-proseware"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, mailbox);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var checkpoints = await CheckpointsAsync(connectionId);

        await BreakCredentialsAsync(mailbox, connectionId);
        await DeliverAsync(mailbox, TestMail.InterviewInvite("Proseware", "Growth PM", DateTimeOffset.UtcNow, "conv-proseware"));
        await client.PostAsync($"/api/connections/{connectionId}/sync", null);
        await Eventually.WaitAsync(async () => (await client.ConnectionAsync(connectionId)).GetProperty("status").GetString() == "authenticationRequired",
            TimeSpan.FromSeconds(20), "the connection to need re-authentication");
        var refused = (await client.SyncHistoryAsync(connectionId)).First();
        var checkpointsAfterRefusal = await CheckpointsAsync(connectionId);
        var reconnect = await (await client.PostAsync($"/api/connections/{connectionId}/reconnect", null)).ReadJsonAsync();
        var reconnectedId = await FollowReconnectAsync(client, reconnect.GetProperty("authorizeUrl").GetString()!, mailbox);
        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Proseware"] == "interviewing", TimeSpan.FromSeconds(20), "the sync to resume");

        Assert.Equal("authentication required", refused.GetProperty("outcome").GetString());
        Assert.Equal(checkpoints, checkpointsAfterRefusal);
        Assert.Equal(connectionId, reconnectedId);
        Assert.Equal(2, (await client.ActivityAsync()).Count);
        await client.WaitForSuccessfulSyncAsync(connectionId);
    }

    [Fact]
    public async Task Connect_lost_access_reconnect_and_disconnect_are_each_in_the_security_log_once()
    {
        var mailbox = NewMailbox();
        await DeliverAsync(mailbox, TestMail.Receipt("Wingtip", "Field Engineer", Now.AddDays(-4), "conv-wingtip"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, mailbox);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        await BreakCredentialsAsync(mailbox, connectionId);
        await client.PostAsync($"/api/connections/{connectionId}/sync", null);
        await Eventually.WaitAsync(async () => (await client.ConnectionAsync(connectionId)).GetProperty("status").GetString() == "authenticationRequired",
            TimeSpan.FromSeconds(20), "the connection to need re-authentication");
        await client.PostAsync($"/api/connections/{connectionId}/sync", null);   // refused again: no second event
        var reconnect = await (await client.PostAsync($"/api/connections/{connectionId}/reconnect", null)).ReadJsonAsync();
        await FollowReconnectAsync(client, reconnect.GetProperty("authorizeUrl").GetString()!, mailbox);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/connections/{connectionId}")).StatusCode);

        var log = (await (await client.GetAsync("/api/me/security-log?limit=200")).ReadJsonAsync()).EnumerateArray().Reverse()
            .Where(e => e.GetProperty("event").GetString()!.StartsWith("Mailbox", StringComparison.Ordinal)).ToList();
        Assert.Equal(["MailboxConnected", "MailboxAccessLost", "MailboxReconnected", "MailboxDisconnected"], log.Select(e => e.GetProperty("event").GetString()!).ToArray());
        Assert.All(log, e => Assert.StartsWith($"{Provider} · ", e.GetProperty("detail").GetString()));
        Assert.All(log, e => Assert.DoesNotContain("Wingtip", e.GetProperty("detail").GetString()));
        // Asked for by the person (a request) or found by a sync (no request).
        Assert.NotNull(log[0].GetProperty("ipAddress").GetString());
        Assert.Equal(JsonValueKind.Null, log[1].GetProperty("ipAddress").ValueKind);
    }

    [Fact]
    public async Task Provider_errors_become_provider_neutral_errors()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<MailProviders>().For(Provider);

        foreach (var (native, neutral) in NativeErrors)
        {
            var translated = provider.Translate(native);
            Assert.True(translated?.GetType() == neutral, $"{native.GetType().Name} became {translated?.GetType().Name ?? "nothing"}, not {neutral.Name}");
            Assert.Same(native, translated!.InnerException);
        }
        Assert.Null(provider.Translate(new InvalidOperationException("a bug, not the provider")));
        Assert.Null(provider.Translate(new DbUpdateException("a database error")));
    }

    protected async Task<List<string?>> CheckpointsAsync(Guid connectionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        return await db.FolderCursors.AsNoTracking().Where(c => c.ConnectionId == connectionId).OrderBy(c => c.Folder).Select(c => c.Checkpoint).ToListAsync();
    }
}

public sealed class OutlookProviderContractTests(OutlookApplication app) : MailProviderContractTests(app), IClassFixture<OutlookApplication>
{
    protected override MailProvider Provider => MailProvider.Outlook;

    protected override string NewMailbox() => $"contract-{Guid.NewGuid():N}@sandbox.test";

    protected override Task DeliverAsync(string mailbox, NewMailMessage message)
    {
        App.Mailbox(mailbox).Add(message);
        return Task.CompletedTask;
    }

    protected override Task<Guid> ConnectAsync(HttpClient client, string mailbox) => App.ConnectOutlookAsync(client, mailbox);

    protected override Task BreakCredentialsAsync(string mailbox, Guid connectionId)
    {
        // Sessions revoked at Microsoft, and the cached access token expired.
        App.Mailbox(mailbox).RevokeSignInSessions();
        App.Sandbox.Clock.Advance(TimeSpan.FromHours(2));
        return Task.CompletedTask;
    }

    protected override Task<Guid> FollowReconnectAsync(HttpClient client, string reconnectUrl, string mailbox) => App.FollowAuthorizationAsync(client, reconnectUrl);

    protected override bool IsIncrementalCheckpoint(string? checkpoint) =>
        OutlookCheckpoint.Parse(checkpoint) is { NextLink: null, DeltaLink: not null };

    protected override IEnumerable<(Exception Native, Type Neutral)> NativeErrors =>
    [
        (new ODataError { ResponseStatusCode = 429, Error = new MainError { Code = "ApplicationThrottled" } }, typeof(ProviderThrottledException)),
        (new ODataError { ResponseStatusCode = 503, Error = new MainError { Code = "serviceNotAvailable" } }, typeof(ProviderTransientException)),
        (new ODataError { ResponseStatusCode = 400, Error = new MainError { Code = "ErrorInvalidRequest" } }, typeof(MailProviderException)),
        (new HttpRequestException(HttpRequestError.ConnectionError), typeof(ProviderTransientException)),
    ];
}

public sealed class GmailProviderContractTests(OutlookApplication app) : MailProviderContractTests(app), IClassFixture<OutlookApplication>
{
    protected override MailProvider Provider => MailProvider.Gmail;

    protected override string NewMailbox() => $"contract-{Guid.NewGuid():N}@gmail.test";

    protected override Task DeliverAsync(string mailbox, NewMailMessage message)
    {
        App.Mailbox(mailbox).Add(message);
        return Task.CompletedTask;
    }

    protected override Task<Guid> ConnectAsync(HttpClient client, string mailbox) => App.ConnectGmailAsync(client, mailbox);

    protected override async Task BreakCredentialsAsync(string mailbox, Guid connectionId)
    {
        // Google answers the refresh grant with invalid_grant, and the access token expired.
        using var sandbox = new HttpClient(App.Sandbox.CreateTrustingHandler()) { BaseAddress = App.Sandbox.HttpsBaseAddress };
        (await sandbox.PostAsync($"/_emu/google/refresh-tokens/expire?user={Uri.EscapeDataString(mailbox)}", null)).EnsureSuccessStatusCode();
        App.Sandbox.Clock.Advance(TimeSpan.FromHours(2));
    }

    protected override Task<Guid> FollowReconnectAsync(HttpClient client, string reconnectUrl, string mailbox) => App.FollowAuthorizationAsync(client, reconnectUrl);

    protected override bool IsIncrementalCheckpoint(string? checkpoint) =>
        GmailCheckpoint.Parse(checkpoint) is { HistoryId: not null, PageToken: null };

    protected override IEnumerable<(Exception Native, Type Neutral)> NativeErrors =>
    [
        (new GmailApiException(HttpStatusCode.TooManyRequests, "rateLimitExceeded"), typeof(ProviderThrottledException)),
        (new GmailApiException(HttpStatusCode.Forbidden, "userRateLimitExceeded"), typeof(ProviderThrottledException)),
        (new GmailApiException(HttpStatusCode.ServiceUnavailable, "backendError"), typeof(ProviderTransientException)),
        (new GmailApiException(HttpStatusCode.NotFound, "notFound"), typeof(MailProviderException)),
        (new HttpRequestException(HttpRequestError.ConnectionError), typeof(ProviderTransientException)),
    ];
}

public sealed class ImapProviderContractTests(ImapApplication app) : MailProviderContractTests(app), IClassFixture<ImapApplication>
{
    protected override MailProvider Provider => MailProvider.Imap;

    protected override string NewMailbox() => ImapTestServer.NewLogin();

    protected override Task DeliverAsync(string mailbox, NewMailMessage message) => ImapTestServer.AppendAsync(mailbox, message);

    protected override async Task<Guid> ConnectAsync(HttpClient client, string mailbox)
    {
        var response = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(mailbox));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"Connect IMAP answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    protected override async Task BreakCredentialsAsync(string mailbox, Guid connectionId)
    {
        // The person revoked the app password at the provider: the stored one is refused from now on.
        await using var scope = App.Services.CreateAsyncScope();
        var cipher = scope.ServiceProvider.GetRequiredService<ApplyTrack.Features.Mail.MetadataCipher>();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var connection = await db.MailboxConnections.SingleAsync(c => c.Id == connectionId);
        connection.Credentials = (ImapAccount.Decrypt(cipher, connection.Credentials!) with { Password = "revoked-app-password" }).Encrypt(cipher);
        await db.SaveChangesAsync();
    }

    /// <summary>IMAP has no consent page: the reconnect link is the connect form for this connection, sent again with a working password.</summary>
    protected override async Task<Guid> FollowReconnectAsync(HttpClient client, string reconnectUrl, string mailbox)
    {
        Assert.StartsWith("/settings/integrations/imap?reconnect=", reconnectUrl);
        return await ConnectAsync(client, mailbox);
    }

    protected override bool IsIncrementalCheckpoint(string? checkpoint) => ImapCheckpoint.Parse(checkpoint) is { LastUid: > 0 };

    protected override IEnumerable<(Exception Native, Type Neutral)> NativeErrors =>
    [
        (new MailKit.Security.AuthenticationException("AUTHENTICATE failed"), typeof(ReauthenticationRequiredException)),
        (new ImapProtocolException("The IMAP server unexpectedly disconnected."), typeof(ProviderTransientException)),
        (new IOException("connection reset"), typeof(ProviderTransientException)),
        (new ImapCommandException(ImapCommandResponse.No, "NO [SERVERBUG] internal error"), typeof(MailProviderException)),
    ];
}
