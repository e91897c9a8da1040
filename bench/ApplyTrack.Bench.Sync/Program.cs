using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static ApplyTrack.Bench.BenchKit;

// Outlook sync benchmark (issue 5 targets), end to end over HTTP:
// the Release build of applytrack in its own process (demo mode, in-process sandbox), a 30-day mailbox of
// N messages (10 % job mail) seeded through the sandbox's control API, 100 ms added to every Graph request.
//   1. initial sync: from the OAuth callback to a finished sync run with every job email on the board;
//   2. push latency: an interview invitation injected into the sandbox → the card moved (p50/p95 over K runs).
// Usage: dotnet run -c Release --project bench/ApplyTrack.Bench.Sync -- [messages=5000] [latencyMs=100] [pushRuns=20] [telemetry=off|otlp]
// telemetry=otlp exports traces, metrics and logs over OTLP/HTTP (the standard OTEL_* variables) to a listener in this
// process that accepts and counts them, to measure what telemetry costs; the app's CPU time is printed either way.

var messages = args.Length > 0 ? int.Parse(args[0]) : 5000;
var latencyMs = args.Length > 1 ? int.Parse(args[1]) : 100;
var pushRuns = args.Length > 2 ? int.Parse(args[2]) : 20;
var telemetry = args.Length > 3 ? args[3] : "off";
var repo = FindRepositoryRoot();

if (Environment.GetEnvironmentVariable("APPLYTRACK_BENCH_NO_BUILD") != "1")   // set it to reuse the Release build already there
{
    Console.WriteLine($"Building applytrack (Release)…");
    Run("dotnet", $"build \"{Path.Combine(repo, "src/ApplyTrack")}\" -c Release -nologo -v q");
}

var appPort = FreePort();
var sandboxHttp = FreePort();
var sandboxHttps = FreePort();
var data = Directory.CreateTempSubdirectory("applytrack-bench-").FullName;
var app = new ProcessStartInfo("dotnet", $"\"{Path.Combine(repo, "src/ApplyTrack/bin/Release/net10.0/applytrack.dll")}\" --urls http://127.0.0.1:{appPort}")
{
    RedirectStandardOutput = true,
    RedirectStandardError = true,
    WorkingDirectory = data,
};
app.Environment["ApplyTrack__DataDirectory"] = data;
app.Environment["Sandbox__AutoConsent"] = "true";
app.Environment["Sandbox__SeedDemoMailbox"] = "false";
app.Environment["Sandbox__StateFile"] = "";
app.Environment["Sandbox__HttpUrl"] = $"http://127.0.0.1:{sandboxHttp}";
app.Environment["Sandbox__HttpsUrl"] = $"https://127.0.0.1:{sandboxHttps}";
app.Environment["Sync__SchedulerTick"] = "00:00:01";
app.Environment["Sync__FreePollingInterval"] = "01:00:00";
app.Environment["Logging__LogLevel__Default"] = "Information";
app.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
using var collector = telemetry == "otlp" ? new OtlpSink(FreePort()) : null;
if (collector is not null)
{
    app.Environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint;
    app.Environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
    app.Environment["OTEL_SERVICE_NAME"] = "applytrack-bench";
    app.Environment["OTEL_METRIC_EXPORT_INTERVAL"] = "5000";
}
Console.WriteLine($"Telemetry: {(collector is null ? "off (no OTEL_EXPORTER_OTLP_ENDPOINT)" : $"OTLP/HTTP to {collector.Endpoint}")}");
using var process = Process.Start(app)!;
var appLog = Path.Combine(Path.GetTempPath(), "applytrack-bench-app.log");
var log = new StreamWriter(appLog) { AutoFlush = true };
process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
process.BeginOutputReadLine();
process.BeginErrorReadLine();

var appUrl = $"http://127.0.0.1:{appPort}";
var control = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{sandboxHttp}/") };
using var cookies = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
var client = new HttpClient(cookies) { BaseAddress = new Uri(appUrl) };
try
{
    await WaitUntilUpAsync(client);
    var user = "bench.user@sandbox.test";
    var (jobCount, companies) = await SeedAsync(control, user, messages);
    Console.WriteLine($"Seeded {messages} messages ({jobCount} job emails, {companies.Count} companies) over 30 days.");

    await PostJsonAsync(control, "_emu/faults", new { transport = new { latencyMs, target = "Graph" } });
    var registered = await client.PostAsJsonAsync("/api/account/register", new { email = "bench@example.com", password = "correct horse battery" });
    if (!registered.IsSuccessStatusCode) throw new InvalidOperationException($"Register answered {registered.StatusCode}: {await registered.Content.ReadAsStringAsync()}");
    var start = await (await client.PostAsJsonAsync("/api/connections/outlook", new { loginHint = user })).Content.ReadFromJsonAsync<JsonObject>();
    using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, ServerCertificateCustomValidationCallback = (_, _, _, _) => true });
    var consent = await noRedirect.GetAsync((string)start!["authorizeUrl"]!);

    var watch = Stopwatch.StartNew();
    var landing = await client.GetAsync(consent.Headers.Location!.PathAndQuery);
    var connectionId = landing.Headers.Location!.ToString().Split("connected=")[1];
    JsonArray runs;
    while (true)
    {
        runs = (await client.GetFromJsonAsync<JsonArray>($"/api/connections/{connectionId}/history"))!;
        if (runs.Any(r => ((string)r!["outcome"]!).StartsWith("succeeded", StringComparison.Ordinal))) break;
        if (watch.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException("The initial sync did not finish in 5 minutes.");
        await Task.Delay(50);
    }
    var initial = watch.Elapsed;
    var run = runs.First(r => ((string)r!["outcome"]!).StartsWith("succeeded", StringComparison.Ordinal))!;
    var applications = (await client.GetFromJsonAsync<JsonArray>("/api/applications"))!;
    Console.WriteLine($"Initial sync: {initial.TotalSeconds:0.00} s to a complete board " +
                      $"({run["messagesSeen"]} messages seen, {run["jobEvents"]} job emails, {applications.Count} applications).");

    var latencies = new List<double>();
    var applied = applications.Where(a => (string)a!["status"]! == "applied").Take(pushRuns).ToList();
    foreach (var application in applied)
    {
        var company = (string)application!["company"]!;
        var id = (string)application["id"]!;
        var inject = Stopwatch.StartNew();
        await PostJsonAsync(control, "_emu/mail", Mail(user, company, "interview", DateTimeOffset.UtcNow));
        while ((string)(await client.GetFromJsonAsync<JsonObject>($"/api/applications/{id}"))!["status"]! != "interviewing")
        {
            if (inject.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"Push did not move {company} in 30 s.");
            await Task.Delay(10);
        }
        latencies.Add(inject.Elapsed.TotalMilliseconds);
    }
    latencies.Sort();
    if (latencies.Count > 0)
    {
        Console.WriteLine($"Push (injected email → card moved), {latencies.Count} runs: p50 {Percentile(latencies, 50):0} ms, p95 {Percentile(latencies, 95):0} ms, max {latencies[^1]:0} ms.");
    }
    Console.WriteLine($"App peak memory (VmHWM): {PeakMemoryMb(process.Id)} MB");
    Console.WriteLine($"App CPU time (user+system, whole run incl. start-up): {CpuSeconds(process.Id):0.00} s");
    if (collector is not null)
    {
        await Task.Delay(6000);   // one more metric export interval
        Console.WriteLine($"OTLP received: {collector.Summary()}");
    }
}
finally
{
    process.Kill(entireProcessTree: true);
    await process.WaitForExitAsync();
    try { Directory.Delete(data, recursive: true); } catch (IOException) { }
}

/// <summary>A stand-in OTLP/HTTP collector on loopback: accepts every export with 200 and counts requests and bytes per signal.</summary>
sealed class OtlpSink : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, (int Requests, long Bytes)> _received = new();

    public OtlpSink(int port)
    {
        Endpoint = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                lock (_received)
                {
                    var signal = context.Request.Url!.AbsolutePath;
                    var (requests, bytes) = _received.GetValueOrDefault(signal);
                    _received[signal] = (requests + 1, bytes + body.Length);
                }
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        });
    }

    public string Endpoint { get; }

    public string Summary()
    {
        lock (_received) return _received.Count == 0 ? "nothing" : string.Join(", ", _received.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value.Requests} requests / {r.Value.Bytes / 1024.0:0} KiB"));
    }

    public void Dispose() => _listener.Close();
}
