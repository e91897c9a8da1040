using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;

namespace ApplyTrack.Tests.Operations;

/// <summary>
/// Prometheus switched on with its own port, and the app listening on that port alone: the factory gives Kestrel one
/// listener, so the two sides of "its own port" are two fixtures (this one and <see cref="PrometheusElsewhereApplication"/>).
/// </summary>
public sealed class PrometheusPortApplication : OutlookApplication
{
    public int MetricsPort { get; } = FreePort();

    public PrometheusPortApplication() => UseKestrel(MetricsPort);

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Telemetry:Prometheus"] = "true",
        ["Telemetry:PrometheusPort"] = MetricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Prometheus switched on for a port other than the one the app answers on.</summary>
public sealed class PrometheusElsewhereApplication : OutlookApplication
{
    public int MetricsPort { get; } = FreePort();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Telemetry:Prometheus"] = "true",
        ["Telemetry:PrometheusPort"] = MetricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Prometheus switched on without a port: <c>/metrics</c> on the app's port, for signed-in users only.</summary>
public sealed class PrometheusProtectedApplication : OutlookApplication
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" };
}

public sealed class PrometheusPortTests(PrometheusPortApplication app) : IClassFixture<PrometheusPortApplication>
{
    [Fact]
    public async Task The_metrics_port_answers_metrics_and_nothing_else()
    {
        using var http = new HttpClient();
        Assert.Equal(app.MetricsPort, app.BaseAddress.Port);

        var other = await http.GetAsync(new Uri(app.BaseAddress, "/health"));
        var scrape = await http.GetAsync(new Uri(app.BaseAddress, "/metrics"));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", await scrape.Content.ReadAsStringAsync());
    }
}

public sealed class PrometheusElsewhereTests(PrometheusElsewhereApplication app) : IClassFixture<PrometheusElsewhereApplication>
{
    [Fact]
    public async Task The_apps_own_port_never_answers_metrics_whatever_the_host_header_says()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        Assert.NotEqual(app.MetricsPort, app.BaseAddress.Port);

        var plain = await http.GetAsync("/metrics");
        // The Host header is the client's to write: naming the metrics port in it must not open /metrics here.
        using var spoofed = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Host = $"127.0.0.1:{app.MetricsPort}" } };
        var spoof = await http.SendAsync(spoofed);
        var health = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, spoof.StatusCode);
        Assert.DoesNotContain("# TYPE", await spoof.Content.ReadAsStringAsync());
        Assert.True(health.IsSuccessStatusCode, "the app itself still answers");
    }
}

public sealed class PrometheusProtectedTests(PrometheusProtectedApplication app) : IClassFixture<PrometheusProtectedApplication>
{
    [Fact]
    public async Task Without_a_port_metrics_need_a_signed_in_user()
    {
        using var anonymous = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        var signedIn = await app.CreateSignedInClientAsync();

        var refused = await anonymous.GetAsync("/metrics");
        var scrape = await signedIn.GetAsync("/metrics");

        Assert.True(refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"anonymous /metrics answered {refused.StatusCode}");
        Assert.DoesNotContain("# TYPE", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Contains("# TYPE", await scrape.Content.ReadAsStringAsync());
    }
}

/// <summary>IMAP against the test Dovecot, with every metric exported to memory.</summary>
public sealed class ImapTelemetryApplication : TelemetryApplication
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Imap:IdleRefreshInterval"] = "00:00:01",
        ["Imap:ConnectTimeout"] = "00:00:10",
        ["Imap:TrustedCertificateThumbprints:0"] = ImapTestServer.CertificateThumbprint,
    };
}

[Collection(nameof(TelemetryCollection))]
public sealed class IdleSessionMetricTests(ImapTelemetryApplication app) : IClassFixture<ImapTelemetryApplication>
{
    [Fact]
    public async Task The_active_IDLE_session_gauge_rises_while_a_mailbox_is_watched_and_falls_on_disconnect()
    {
        long Open() => TelemetryTests.Sum(app.ExportedMetrics(), "applytrack.imap.idle.sessions");
        var before = Open();
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Adatum", "Platform Engineer", DateTimeOffset.UtcNow.AddDays(-3)));
        var client = await app.CreateSignedInClientAsync();
        var connect = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(login));
        Assert.Equal(HttpStatusCode.Created, connect.StatusCode);
        var connectionId = (await connect.ReadJsonAsync()).GetProperty("id").GetGuid();
        await client.WaitForSuccessfulSyncAsync(connectionId);
        await Eventually.WaitAsync(() => Task.FromResult(app.Logs.Lines.Any(l => l.Contains($"Watching the inbox of connection {connectionId}", StringComparison.Ordinal))),
            TimeSpan.FromSeconds(15), "the IDLE session");

        Assert.Equal(before + 1, Open());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/connections/{connectionId}")).StatusCode);
        await Eventually.WaitAsync(() => Task.FromResult(Open() == before), TimeSpan.FromSeconds(15), "the IDLE session to close");
    }
}

/// <summary>The JSON console format, for log collectors: one JSON object a line, trace ids inside requests, nothing private.</summary>
public sealed class JsonConsoleLogTests
{
    [Fact]
    public async Task Each_line_is_json_request_lines_carry_trace_and_span_ids_and_no_address_or_secret_appears()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("applytrack-json-").FullName;
        var port = OutlookApplication.FreePort();
        var email = $"json-{Guid.NewGuid():N}@example.com";
        const string password = "correct horse battery";
        const string clientState = "client-state-zq93kx";
        const string bearer = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.zq93kx";
        var output = new StringBuilder();
        using var process = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList =
                {
                    Path.Combine(AppContext.BaseDirectory, "applytrack.dll"),
                    "--urls", $"http://127.0.0.1:{port}",
                    "--environment", "Production",
                    $"--ApplyTrack:DataDirectory={Path.Combine(workingDirectory, "data")}",
                    "--Sandbox:Enabled=false",
                    "--Logging:Console:FormatterName=json",
                },
            },
        };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await Eventually.WaitAsync(async () =>
            {
                try { return (await client.GetAsync("/health")).IsSuccessStatusCode; }
                catch (HttpRequestException) { return false; }
            }, TimeSpan.FromSeconds(90), "the app to answer /health");
            (await client.PostAsJsonAsync("/api/account/register", new { email, password })).EnsureSuccessStatusCode();
            using var withToken = new HttpRequestMessage(HttpMethod.Get, "/api/applications") { Headers = { { "Authorization", $"Bearer {bearer}" } } };
            await client.SendAsync(withToken);
            // A notification for a subscription this instance does not know: logged (as a count) inside the webhook request.
            var notification = new
            {
                value = new[]
                {
                    new { subscriptionId = Guid.NewGuid().ToString(), clientState, changeType = "created", resource = $"Users/{email}/Messages/AAMkAD", tenantId = Guid.NewGuid().ToString() },
                },
            };
            await client.PostAsJsonAsync("/webhooks/graph", notification);
            await Eventually.WaitAsync(() => Task.FromResult(Snapshot(output).Contains("Ignored", StringComparison.Ordinal)), TimeSpan.FromSeconds(20), "the webhook's log line");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            try { Directory.Delete(workingDirectory, recursive: true); } catch (IOException) { }
        }

        var lines = Snapshot(output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length >= 3, $"only {lines.Length} log lines");
        var entries = lines.Select(line =>
        {
            try { return JsonDocument.Parse(line).RootElement.Clone(); }
            catch (JsonException) { throw new Xunit.Sdk.XunitException($"Not a JSON line: {line}"); }
        }).ToList();
        Assert.Contains(entries, e => e.GetProperty("Message").GetString()!.Contains("Now listening on", StringComparison.Ordinal));

        var webhook = Assert.Single(entries, e => e.GetProperty("Message").GetString()!.StartsWith("Ignored", StringComparison.Ordinal));
        var scope = webhook.GetProperty("Scopes").EnumerateArray().First(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("TraceId", out _));
        Assert.Matches("^[0-9a-f]{32}$", scope.GetProperty("TraceId").GetString());
        Assert.Matches("^[0-9a-f]{16}$", scope.GetProperty("SpanId").GetString());

        var all = string.Join('\n', lines);
        foreach (var secret in new[] { email, "@example.com", password, clientState, bearer, "zq93kx", "AAMkAD" })
        {
            Assert.DoesNotContain(secret, all, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output) return output.ToString();
    }
}
