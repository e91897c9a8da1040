using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ApplyTrack.Bench.Load;
using ApplyTrack.MailSim;
using Npgsql;
using static ApplyTrack.Bench.BenchKit;

// Load benchmark (issue 11): N users, each with one sandbox Outlook mailbox of M messages (the sync bench's mix: 10 % job
// mail, the rest newsletters), on PostgreSQL, with one and then with two real applytrack processes on this machine and a
// fresh database each time. The mail sandbox runs in this process on loopback, shared by the instances (Sandbox:External),
// as tests/ApplyTrack.Tests/Multi/TwoInstances does; Graph delivers every webhook to the last instance.
// Users are registered first (round-robin over the instances, as a load balancer would), then all N connect at once;
// from then on it measures initial-sync throughput, push → card latency for a few pushes made while the rest still syncs,
// database connections (pg_stat_activity, per instance by Application Name), RSS (/proc) and CPU time.
// Never part of the test suite. Needs APPLYTRACK_TEST_POSTGRES (`source .ci/postgres.sh`).
// Usage: dotnet run -c Release --project bench/ApplyTrack.Bench.Load -- [users=1000] [messages=500] [instances=1,2] [pushes=5]

var users = args.Length > 0 ? int.Parse(args[0]) : 1000;
var messages = args.Length > 1 ? int.Parse(args[1]) : 500;
var layouts = (args.Length > 2 ? args[2] : "1,2").Split(',').Select(int.Parse).ToList();
var pushes = args.Length > 3 ? int.Parse(args[3]) : 5;
var server = Environment.GetEnvironmentVariable("APPLYTRACK_TEST_POSTGRES")
    ?? throw new InvalidOperationException("Set APPLYTRACK_TEST_POSTGRES (source .ci/postgres.sh).");
var repo = FindRepositoryRoot();
var appDll = Path.Combine(repo, "src/ApplyTrack/bin/Release/net10.0/applytrack.dll");
if (Environment.GetEnvironmentVariable("APPLYTRACK_BENCH_NO_BUILD") != "1")
{
    Console.WriteLine("Building applytrack (Release)…");
    Run("dotnet", $"build \"{Path.Combine(repo, "src/ApplyTrack")}\" -c Release -nologo -v q");
}

foreach (var count in layouts)
{
    Console.WriteLine($"== {users} users × {messages} messages, {count} instance(s), {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Trim()}");
    await RunAsync(count);
}

async Task RunAsync(int instanceCount)
{
    await using var sandbox = await MailSandbox.StartAsync(new MailSandboxOptions
    {
        HttpUrl = "http://127.0.0.1:0",
        HttpsUrl = "https://127.0.0.1:0",
        AutoConsent = true,
        SeedDemoMailbox = false,
        LogRequests = false,
    });
    await using var cluster = await LoadCluster.CreateAsync(server, sandbox, appDll, instanceCount);
    using var control = new HttpClient { BaseAddress = sandbox.HttpBaseAddress };
    using var browser = new HttpClient(sandbox.CreateTrustingHandler());
    var mailbox = (int i) => $"load{i:00000}@sandbox.test";

    var seeding = Stopwatch.StartNew();
    var jobMails = 0;
    await Parallel.ForAsync(0, users, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        Interlocked.Add(ref jobMails, (await SeedAsync(control, mailbox(i), messages)).JobCount));
    Console.WriteLine($"Seeded {users} mailboxes × {messages} messages ({jobMails} job emails) in {seeding.Elapsed.TotalSeconds:0} s.");

    await cluster.StartInstancesAsync();
    var people = new CookieContainer[users];
    var registering = Stopwatch.StartNew();
    await Parallel.ForAsync(0, users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
    {
        people[i] = new CookieContainer();
        using var client = cluster.ClientFor(i, people[i]);
        var registered = await client.PostAsJsonAsync("/api/account/register", new { email = $"load{i:00000}@example.com", password = "correct horse battery" });
        if (!registered.IsSuccessStatusCode) throw new InvalidOperationException($"register {i} answered {registered.StatusCode}: {await registered.Content.ReadAsStringAsync()}");
    });
    Console.WriteLine($"Registered {users} users in {registering.Elapsed.TotalSeconds:0} s.");

    using var sampler = new ResourceSampler(cluster);
    var cpuBefore = cluster.Instances.Select(a => CpuSeconds(a.ProcessId)).ToList();
    var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    var clock = Stopwatch.StartNew();

    var connections = new Guid[users];
    await Parallel.ForAsync(0, users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
    {
        using var client = cluster.ClientFor(i, people[i]);
        var start = await client.PostAsJsonAsync("/api/connections/outlook", new { loginHint = mailbox(i) });
        start.EnsureSuccessStatusCode();
        var consent = await browser.GetAsync((string)(await start.Content.ReadFromJsonAsync<JsonObject>())!["authorizeUrl"]!);
        var landing = await client.GetAsync(consent.Headers.Location!.PathAndQuery);
        connections[i] = Guid.Parse(landing.Headers.Location!.ToString().Split("connected=")[1]);
    });
    var connected = clock.Elapsed;
    Console.WriteLine($"Connected {users} mailboxes in {connected.TotalSeconds:0} s.");

    using var stop = new CancellationTokenSource();
    var pushRuns = Task.Run(() => PushesAsync(cluster, control, people, connections, mailbox, stop.Token));
    var lastReport = TimeSpan.Zero;
    while (true)
    {
        var (done, failed) = await cluster.InitialSyncsAsync();
        if (done + failed >= users) break;
        if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(30))
        {
            lastReport = clock.Elapsed;
            Console.WriteLine($"  {clock.Elapsed.TotalSeconds:0} s: {done} synced, {failed} failed; {sampler.Now()}");
        }
        await Task.Delay(1000);
    }
    var syncedAt = clock.Elapsed;
    var cpu = cluster.Instances.Select((a, k) => CpuSeconds(a.ProcessId) - cpuBefore[k]).ToList();
    var benchCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - benchCpuBefore;
    var backendCpu = sampler.BackendCpuSeconds;
    var latencies = await pushRuns;
    stop.Cancel();
    var summary = await cluster.SummaryAsync();

    Console.WriteLine($"Initial syncs: {summary.Succeeded} succeeded, {summary.Failed} failed; {summary.Messages} messages, {summary.JobEvents} job emails, {summary.Applications} applications.");
    Console.WriteLine($"  first sync start → last sync end: {summary.Span.TotalSeconds:0.0} s = {summary.Messages / summary.Span.TotalSeconds:0} messages/s, " +
                      $"{summary.Succeeded / summary.Span.TotalMinutes:0.0} mailboxes/min; connect start → all synced {syncedAt.TotalSeconds:0.0} s");
    Console.WriteLine($"  sync run duration per mailbox: p50 {summary.RunP50.TotalSeconds:0.0} s, p95 {summary.RunP95.TotalSeconds:0.0} s (queue wait not included)");
    if (latencies.Count > 0)
    {
        var sorted = latencies.Select(l => l.Milliseconds).Order().ToList();
        Console.WriteLine($"Push → card under load, {sorted.Count} pushes ({latencies.Count(l => l.DuringLoad)} while initial syncs ran): " +
                          $"p50 {Percentile(sorted, 50):0} ms, p95 {Percentile(sorted, 95):0} ms, max {sorted[^1]:0} ms [{string.Join(", ", latencies.Select(l => $"{l.Milliseconds:0}"))}]");
    }
    for (var k = 0; k < cluster.Instances.Count; k++)
    {
        var a = cluster.Instances[k];
        Console.WriteLine($"Instance {a.Name}: CPU {cpu[k]:0.0} s from connect to all synced ({cpu[k] / summary.Succeeded * 1000:0} ms per mailbox, " +
                          $"{cpu[k] / Math.Max(1, summary.Messages) * 1000:0.00} ms per message share), RSS max {sampler.MaxRssMb(a)} MB, peak (VmHWM) {PeakMemoryMb(a.ProcessId)} MB, " +
                          $"DB connections max {sampler.MaxConnections(a.Name)}");
    }
    Console.WriteLine($"Database connections (this database, all instances): max {sampler.MaxConnectionsTotal} [{sampler.MaxByName()}]; " +
                      $"PostgreSQL backends CPU {backendCpu:0.0} s; sandbox+bench process CPU {benchCpu:0.0} s; load {File.ReadAllText("/proc/loadavg").Trim()}");
}

// A few pushes while the load runs: for each of the first K users at once, as soon as that user's initial sync has
// finished and push is on, an interview invitation for one of their Applied companies, timed until the card is Interviewing.
async Task<List<(double Milliseconds, bool DuringLoad)>> PushesAsync(LoadCluster cluster, HttpClient control, CookieContainer[] people,
    Guid[] connections, Func<int, string> mailbox, CancellationToken cancellationToken) =>
    [.. await Task.WhenAll(Enumerable.Range(0, Math.Min(pushes, users)).Select(async i =>
    {
        using var client = cluster.ClientFor(i, people[i]);
        var ready = Stopwatch.StartNew();
        while (!(await client.GetFromJsonAsync<JsonArray>("/api/connections", cancellationToken))!
                   .Any(c => (Guid)c!["id"]! == connections[i] && (bool)c["pushEnabled"]! && c["lastSuccessfulSyncAt"] is not null))
        {
            if (ready.Elapsed > TimeSpan.FromMinutes(30)) throw new TimeoutException($"user {i}: no finished sync with push on in 30 min");
            await Task.Delay(500, cancellationToken);
        }
        var application = (await client.GetFromJsonAsync<JsonArray>("/api/applications", cancellationToken))!.First(a => (string)a!["status"]! == "applied")!;
        var duringLoad = (await cluster.InitialSyncsAsync()).Done < users;
        var inject = Stopwatch.StartNew();
        await PostJsonAsync(control, "_emu/mail", Mail(mailbox(i), (string)application["company"]!, "interview", DateTimeOffset.UtcNow));
        while ((string)(await client.GetFromJsonAsync<JsonObject>($"/api/applications/{application["id"]}", cancellationToken))!["status"]! != "interviewing")
        {
            if (inject.Elapsed > TimeSpan.FromMinutes(30)) throw new TimeoutException($"user {i}: the push did not move the card in 30 min");
            await Task.Delay(100, cancellationToken);
        }
        Console.WriteLine($"  push {i}: {inject.Elapsed.TotalMilliseconds:0} ms{(duringLoad ? " (during the load)" : " (after the load)")}");
        return (inject.Elapsed.TotalMilliseconds, duringLoad);
    }))];
