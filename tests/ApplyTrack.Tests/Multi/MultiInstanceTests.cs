using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;

namespace ApplyTrack.Tests.Multi;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MultiInstanceCollection
{
    public const string Name = "Two app processes";
}

/// <summary>
/// Two real app processes on one PostgreSQL database (issue 11): live updates and sync requests cross instances, a sign-in
/// cookie works on both, each IMAP mailbox idles on one instance, and a killed instance's mailboxes resume on the other.
/// </summary>
[Collection(MultiInstanceCollection.Name)]
public sealed class MultiInstanceTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static bool IsChange(JsonElement e) => e.GetProperty("kind").GetString() is not ("connected" or "heartbeat" or "connection");

    /// <summary>A's sign-in cookie, carried to B in a cookie jar of its own.</summary>
    private static HttpClient SameSignInOn(AppInstance b, AppInstance a, CookieContainer fromA)
    {
        var cookies = new CookieContainer();
        cookies.Add(b.BaseAddress, fromA.GetCookies(a.BaseAddress));
        return b.CreateClient(cookies);
    }

    [Fact]
    public async Task A_board_open_on_A_follows_mail_a_webhook_brings_to_B_and_a_move_made_on_B()
    {
        await using var cluster = await TwoInstances.CreateAsync();
        var a = await cluster.StartAAsync();
        var b = await cluster.StartBAsync();
        var cookies = new CookieContainer();
        using var onA = a.CreateClient(cookies);
        await TwoInstances.RegisterAsync(onA, $"user-{Guid.NewGuid():N}@example.com");
        using var onB = SameSignInOn(b, a, cookies);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/me")).StatusCode);

        // Connect Outlook through A; the sandbox (Graph) will deliver this mailbox's webhooks to B.
        var mailboxEmail = $"jordan-{Guid.NewGuid():N}@sandbox.test";
        var start = await onA.PostAsJsonAsync("/api/connections/outlook", new { loginHint = mailboxEmail });
        start.EnsureSuccessStatusCode();
        using var browser = new HttpClient(cluster.Sandbox.CreateTrustingHandler());
        var consent = await browser.GetAsync((await start.ReadJsonAsync()).GetProperty("authorizeUrl").GetString());
        Assert.Equal(HttpStatusCode.Found, consent.StatusCode);
        var landing = await onA.GetAsync(consent.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        var connectionId = Guid.Parse(landing.Headers.Location!.ToString().Split("connected=")[1]);
        await onA.WaitForSuccessfulSyncAsync(connectionId);
        await Eventually.WaitAsync(async () => (await onB.ConnectionAsync(connectionId)).GetProperty("pushEnabled").GetBoolean(),
            TimeSpan.FromSeconds(30), "the Graph subscription (push on, seen from B)");

        await using var board = await LiveEvents.OpenAsync(onA);
        var runsBefore = (await onA.SyncHistoryAsync(connectionId)).Count;
        cluster.Sandbox.Mailboxes.GetOrCreate(mailboxEmail).Add(TestMail.Receipt("Contoso", "Product Manager", Now.AddMinutes(-1)));

        await board.WaitForAsync(IsChange, TimeSpan.FromSeconds(30), "the new card, from B's sync, on A's board");
        await Eventually.WaitAsync(async () => (await onA.StatusesAsync()).GetValueOrDefault("Contoso") == "applied",
            TimeSpan.FromSeconds(10), "the Contoso card on A");
        var pushRuns = (await onA.SyncHistoryAsync(connectionId)).Count - runsBefore;
        Assert.True(pushRuns >= 1, "the webhook should have started a sync");

        // A manual move on B reaches the board on A.
        var applications = await (await onA.GetAsync("/api/applications")).ReadJsonAsync();
        var contoso = applications.EnumerateArray().Single(x => x.GetProperty("company").GetString() == "Contoso").GetProperty("id").GetGuid();
        var moved = await onB.PatchAsJsonAsync($"/api/applications/{contoso}", new { status = "interviewing" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        await board.WaitForAsync(IsChange, TimeSpan.FromSeconds(15), "the move made on B, on A's board");
        Assert.Equal("interviewing", (await onA.StatusesAsync())["Contoso"]);

        // Both instances answer the load balancer's probes, with nothing but a word.
        foreach (var instance in new[] { a, b })
        {
            using var probe = new HttpClient { BaseAddress = instance.BaseAddress };
            Assert.Equal("Healthy", await (await probe.GetAsync("/health/live")).Content.ReadAsStringAsync());
            Assert.Equal("Healthy", await (await probe.GetAsync("/health/ready")).Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Each_IMAP_mailbox_idles_on_one_instance_and_a_killed_instances_mailboxes_resume_on_the_other()
    {
        await using var cluster = await TwoInstances.CreateAsync();
        var a = await cluster.StartAAsync();
        var cookies = new CookieContainer();
        using var onA = a.CreateClient(cookies);
        await TwoInstances.RegisterAsync(onA, $"user-{Guid.NewGuid():N}@example.com");   // demo mode: Premium, so push

        string[] logins = [ImapTestServer.NewLogin(), ImapTestServer.NewLogin()];
        string[] before = ["Contoso", "Fabrikam"], after = ["Northwind Traders", "Tailspin Toys"];
        var connections = new List<Guid>();
        for (var i = 0; i < logins.Length; i++)
        {
            await ImapTestServer.AppendAsync(logins[i], TestMail.Receipt(before[i], "Backend Engineer", Now.AddDays(-2)));
            var connected = await onA.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(logins[i]));
            Assert.True(connected.IsSuccessStatusCode, await connected.Content.ReadAsStringAsync());
            connections.Add((await connected.ReadJsonAsync()).GetProperty("id").GetGuid());
        }
        foreach (var id in connections)
        {
            await onA.WaitForSuccessfulSyncAsync(id);
        }
        await Eventually.WaitAsync(async () => (await cluster.LeasesAsync("imap-idle:")).Values.Count(l => a.Owns(l.Owner) && l.Engaged && l.Current) == 2,
            TimeSpan.FromSeconds(30), "A to idle on both mailboxes");

        var b = await cluster.StartBAsync();
        using var onB = SameSignInOn(b, a, cookies);
        // Push is the cluster's: B shows it on, though the sessions are A's.
        foreach (var id in connections)
        {
            Assert.True((await onB.ConnectionAsync(id)).GetProperty("pushEnabled").GetBoolean());
        }
        // Several of B's refreshes later, each mailbox still has exactly one IDLE session, A's.
        await Task.Delay(TimeSpan.FromSeconds(12));
        var leases = await cluster.LeasesAsync("imap-idle:");
        Assert.Equal(2, leases.Count);
        Assert.All(leases.Values, l => Assert.True(a.Owns(l.Owner) && l.Current, $"lease held by {l.Owner}"));
        foreach (var login in logins)
        {
            Assert.Equal(1, await ImapTestServer.SessionsAsync(login));
        }

        // Kill A; mail keeps arriving; B takes the mailboxes over and reads it, once.
        var clock = Stopwatch.StartNew();
        await a.KillAsync();
        for (var i = 0; i < logins.Length; i++)
        {
            await ImapTestServer.AppendAsync(logins[i], TestMail.Receipt(after[i], "Data Scientist", DateTimeOffset.UtcNow));
        }
        try
        {
            await Eventually.WaitAsync(async () => after.All((await onB.StatusesAsync()).ContainsKey),
                TimeSpan.FromSeconds(20), "B to read the mail that arrived after A died");
        }
        catch (Xunit.Sdk.FailException)
        {
            Assert.Fail($"After {clock.Elapsed.TotalSeconds:F1} s B shows only {string.Join(", ", (await onB.StatusesAsync()).Keys)}; " +
                        $"leases: {string.Join("; ", (await cluster.LeasesAsync("")).Select(l => $"{l.Key}={l.Value}"))}; " +
                        $"connections: {string.Join("; ", await Task.WhenAll(connections.Select(async id => $"{await onB.ConnectionAsync(id)} runs {string.Join(",", await onB.SyncHistoryAsync(id))}")))}");
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed.TotalSeconds:F1} s");

        var companies = (await (await onB.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray()
            .Select(x => x.GetProperty("company").GetString()!).Order().ToList();
        Assert.Equal([.. before.Concat(after).Order()], companies);
        await Eventually.WaitAsync(async () => (await cluster.LeasesAsync("imap-idle:")).Values.Count(l => b.Owns(l.Owner) && l.Engaged && l.Current) == 2,
            TimeSpan.FromSeconds(10), "B to idle on both mailboxes");
        foreach (var login in logins)
        {
            Assert.Equal(1, await ImapTestServer.SessionsAsync(login));
        }
    }
}
