using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Hardening;

/// <summary>What the console and the logs show: settings found from any folder, no SQL or URL lines, no OAuth codes.</summary>
public sealed class QuietConsoleTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    [Fact]
    public async Task The_OAuth_callback_code_and_state_are_never_logged()
    {
        var client = await app.CreateSignedInClientAsync();
        var start = await client.PostAsJsonAsync("/api/connections/outlook", new { loginHint = $"jordan-{Guid.NewGuid():N}@sandbox.test" });
        var authorizeUrl = (await start.ReadJsonAsync()).GetProperty("authorizeUrl").GetString()!;
        using var sandboxClient = new HttpClient(app.Sandbox.CreateTrustingHandler());
        var callback = (await sandboxClient.GetAsync(authorizeUrl)).Headers.Location!;
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);

        var landing = await client.GetAsync(callback.PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        var logs = app.Logs.All;
        Assert.DoesNotContain(query["code"]!, logs);
        Assert.DoesNotContain(query["state"]!, logs);
        Assert.DoesNotContain("code=", logs);
    }

    [Fact]
    public async Task Started_from_another_folder_in_Production_the_console_has_no_SQL_or_request_lines()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("applytrack-cwd-").FullName;
        var port = OutlookApplication.FreePort();
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
                },
            },
        };
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
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
            (await client.PostAsJsonAsync("/api/account/register", new { email = $"c-{Guid.NewGuid():N}@example.com", password = "correct horse battery" })).EnsureSuccessStatusCode();
            (await client.GetAsync("/account/login?code=secret-code&state=secret-state")).EnsureSuccessStatusCode();
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            try { Directory.Delete(workingDirectory, recursive: true); } catch (IOException) { }
        }

        string console;
        lock (output) console = output.ToString();
        Assert.Contains("Now listening on", console);
        Assert.DoesNotContain("Executed DbCommand", console);
        Assert.DoesNotContain("Request starting", console);
        Assert.DoesNotContain("secret-code", console);
        Assert.DoesNotContain("Start processing HTTP request", console);
    }
}
