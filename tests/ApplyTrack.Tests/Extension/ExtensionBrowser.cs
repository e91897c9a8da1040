using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Extension;

/// <summary>
/// The system Chromium with the unpacked extension from <c>extension/</c> loaded (a persistent context, as Chromium
/// loads extensions only there; new headless mode runs them), and the job-posting fixture pages served on
/// 127.0.0.1 by a small Kestrel app of the test's own.
/// </summary>
public sealed class ExtensionBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private WebApplication? _fixtures;
    private readonly string _profile = Directory.CreateTempSubdirectory("applytrack-extension-").FullName;

    public IBrowserContext Context { get; private set; } = null!;
    /// <summary>Fixed by the key in manifest.json (the origin the server's CORS policy admits).</summary>
    public const string ExtensionId = "ficjcfhoefikejlcaokhilhmpageenca";

    /// <summary>An extension page kept open to ask the tabs API (Playwright .NET has no service-worker handle).</summary>
    private IPage _control = null!;
    public Uri FixtureServer { get; private set; } = null!;

    /// <summary>Every URL a page or the extension asked for, to prove nothing went beyond this machine.</summary>
    public List<string> Requests { get; } = [];

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "extension", "manifest.json"))) return dir.FullName;
            }
            throw new InvalidOperationException("The repository's extension/ folder was not found above the test's output folder.");
        }
    }

    public async Task InitializeAsync()
    {
        var fixtures = Path.Combine(RepositoryRoot, "tests", "ApplyTrack.Tests", "Extension", "Fixtures");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _fixtures = builder.Build();
        _fixtures.MapGet("/jobs/{name}", (string name) =>
        {
            var path = Path.Combine(fixtures, Path.GetFileName(name) + ".html");
            if (!File.Exists(path)) return Results.NotFound();
            var html = File.ReadAllText(path).Replace("{{OVERSIZED_JSON_LD}}", Oversized(), StringComparison.Ordinal);
            return Results.Content(html, "text/html; charset=utf-8");
        });
        await _fixtures.StartAsync();
        FixtureServer = new Uri(_fixtures.Urls.First());

        var executable = Environment.GetEnvironmentVariable("APPLYTRACK_CHROMIUM") ?? "/usr/bin/chromium";
        var extension = Path.Combine(RepositoryRoot, "extension");
        _playwright = await Playwright.CreateAsync();
        Context = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new()
        {
            ExecutablePath = executable,
            Headless = true,
            IgnoreDefaultArgs = ["--disable-extensions"],
            Args =
            [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                $"--disable-extensions-except={extension}", $"--load-extension={extension}",
            ],
        });
        Context.SetDefaultTimeout(30_000);
        Context.Request += (_, request) => { lock (Requests) Requests.Add(request.Url); };
        _control = await Context.NewPageAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _control.GotoAsync($"chrome-extension://{ExtensionId}/options.html");
                break;
            }
            catch (PlaywrightException) when (attempt < 20)
            {
                await Task.Delay(500); // the extension is still loading
            }
        }
    }

    /// <summary>Opens a fixture page and returns it with its tab id (asked of the extension's tabs API).</summary>
    public async Task<(IPage Page, int TabId)> OpenPostingAsync(string name)
    {
        var page = await Context.NewPageAsync();
        var url = new Uri(FixtureServer, $"/jobs/{name}").ToString();
        await page.GotoAsync(url);
        var tabId = await _control.EvaluateAsync<int>("async (url) => (await chrome.tabs.query({})).find(t => t.url === url).id", url);
        return (page, tabId);
    }

    /// <summary>The popup for that tab, as the background worker opens it (popup.html?tab=ID), once it has read the page.</summary>
    public async Task<IPage> OpenPopupAsync(int tabId)
    {
        var popup = await Context.NewPageAsync();
        await popup.GotoAsync($"chrome-extension://{ExtensionId}/popup.html?tab={tabId}");
        await Assertions.Expect(popup.Locator("#reader")).Not.ToBeEmptyAsync();
        return popup;
    }

    /// <summary>Runs extension files in a tab, as a registered content script would (those are registered for the real ATS hosts only).</summary>
    public Task InjectAsync(int tabId, params string[] files) =>
        _control.EvaluateAsync("async ([tabId, files]) => { await chrome.scripting.executeScript({ target: { tabId }, files }); }", new object[] { tabId, files });

    /// <summary>What the background worker remembered about a submit in that tab (null until it has).</summary>
    public Task<bool> HasPendingSubmitAsync(int tabId) =>
        _control.EvaluateAsync<bool>("async (tabId) => Boolean((await chrome.storage.session.get(`submitted:${tabId}`))[`submitted:${tabId}`])", tabId);

    public async Task ConfigureAsync(Uri server, string token)
    {
        var options = await Context.NewPageAsync();
        await options.GotoAsync($"chrome-extension://{ExtensionId}/options.html");
        await options.GetByLabel("ApplyTrack server").FillAsync(server.ToString());
        await options.GetByLabel("Access token").FillAsync(token);
        await options.GetByRole(AriaRole.Button, new() { Name = "Save and test" }).ClickAsync();
        await Assertions.Expect(options.Locator("#result")).ToContainTextAsync("Connected");
        await options.CloseAsync();
    }

    private static string Oversized() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "JobPosting",
        ["title"] = "Oversized",
        ["hiringOrganization"] = "Bloated Corp",
        ["description"] = new string('A', 600_000),
    });

    public async Task DisposeAsync()
    {
        if (Context is not null) await Context.CloseAsync();
        _playwright?.Dispose();
        if (_fixtures is not null) await _fixtures.DisposeAsync();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
    }
}
