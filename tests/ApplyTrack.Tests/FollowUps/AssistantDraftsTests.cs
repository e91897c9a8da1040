using System.Collections.Concurrent;
using System.Text.Json;
using ApplyTrack.Features.FollowUps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Tests.FollowUps;

/// <summary>
/// The optional model server, against a small stand-in on 127.0.0.1 that speaks the same HTTP APIs (OpenAI-compatible
/// chat completions and Ollama's chat): a good draft is shown, a draft that fails the check, a server error and a
/// timeout all fall back to the default generator.
/// </summary>
public sealed class AssistantDraftsTests : IAsyncLifetime
{
    private const string GoodDraft = """
        Hi Priya,

        Thanks so much for the offer for the Senior Product Manager role at Northwind Traders – I'm really happy to get it!
        I'm going through the details now and will get back to you by Friday.

        Best,
        Alex Morgan
        """;

    private WebApplication _server = null!;
    private Uri _base = null!;
    private readonly ConcurrentQueue<string> _requests = new();
    private string _mode = "good";

    private static readonly DraftFacts Facts = new(FollowUpKind.OfferReply, "en", Register.Casual, "Northwind Traders", "Senior Product Manager",
        RecruiterFirstName: "Priya", RecruiterFullName: "Priya Raman", RecruiterWords: 120, SignatureName: "Alex Morgan");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapPost("/v1/chat/completions", async (HttpContext http) =>
        {
            var content = await AnswerAsync(http);
            return content is null ? Results.StatusCode(500) : Results.Json(new { choices = new[] { new { index = 0, message = new { role = "assistant", content } } } });
        });
        _server.MapPost("/api/chat", async (HttpContext http) =>
        {
            var content = await AnswerAsync(http);
            return content is null ? Results.StatusCode(500) : Results.Json(new { model = "llama3.1", message = new { role = "assistant", content }, done = true });
        });
        await _server.StartAsync();
        _base = new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<string?> AnswerAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        _requests.Enqueue(await reader.ReadToEndAsync());
        switch (_mode)
        {
            case "error":
                return null;
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(10), http.RequestAborted);
                return GoodDraft;
            case "wrong-company":
                return GoodDraft.Replace("Northwind Traders", "Contoso");
            case "too-long":
                return GoodDraft + string.Concat(Enumerable.Repeat(" More words.", 200));
            default:
                return GoodDraft;
        }
    }

    private AssistantDrafts Assistant(string path, TimeSpan? timeout = null)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(AssistantDrafts.HttpClientName);
        var factory = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new AssistantDrafts(factory, Options.Create(new AssistantOptions { Endpoint = new Uri(_base, path), Model = "llama3.1", Timeout = timeout ?? TimeSpan.FromSeconds(5) }),
            NullLogger<AssistantDrafts>.Instance);
    }

    [Theory]
    [InlineData("/v1/chat/completions")]
    [InlineData("/api/chat")]
    public async Task A_draft_that_passes_the_check_is_shown_and_the_server_got_facts_only(string path)
    {
        var draft = await Assistant(path).WriteAsync(Facts, CancellationToken.None);

        Assert.Equal("assistant", draft.Generator);
        Assert.Equal(GoodDraft.Trim(), draft.Body);
        var request = JsonDocument.Parse(Assert.Single(_requests)).RootElement;
        Assert.Equal("llama3.1", request.GetProperty("model").GetString());
        var facts = JsonDocument.Parse(request.GetProperty("messages")[1].GetProperty("content").GetString()!).RootElement;
        Assert.Equal("Northwind Traders", facts.GetProperty("company").GetString());
        Assert.Equal("casual", facts.GetProperty("register").GetString());
        Assert.Equal(path == "/api/chat", request.TryGetProperty("stream", out var stream) && stream.GetBoolean() == false);
    }

    [Theory]
    [InlineData("wrong-company")]
    [InlineData("too-long")]
    [InlineData("error")]
    public async Task A_draft_failing_the_check_or_a_server_error_falls_back_to_the_phrase_draft(string mode)
    {
        _mode = mode;

        var draft = await Assistant("/v1/chat/completions").WriteAsync(Facts, CancellationToken.None);

        Assert.Equal("phrases", draft.Generator);
        Assert.Equal(DraftWriter.Write(Facts).Body, draft.Body);
        Assert.Single(_requests);
    }

    [Fact]
    public async Task A_server_slower_than_the_timeout_falls_back_in_time()
    {
        _mode = "slow";
        var started = System.Diagnostics.Stopwatch.StartNew();

        var draft = await Assistant("/api/chat", TimeSpan.FromMilliseconds(500)).WriteAsync(Facts, CancellationToken.None);

        Assert.Equal("phrases", draft.Generator);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(8), $"{started.Elapsed}");
    }

    [Fact]
    public async Task An_unreachable_server_falls_back()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(AssistantDrafts.HttpClientName);
        var closedPort = Infrastructure.OutlookApplication.FreePort();
        var assistant = new AssistantDrafts(services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>(),
            Options.Create(new AssistantOptions { Endpoint = new Uri($"http://127.0.0.1:{closedPort}/v1/chat/completions") }), NullLogger<AssistantDrafts>.Instance);

        var draft = await assistant.WriteAsync(Facts, CancellationToken.None);

        Assert.Equal("phrases", draft.Generator);
    }

    [Theory]
    [InlineData(GoodDraft, null)]
    [InlineData("Hi Priya, thanks for the offer at Northwind Traders. Best, Alex Morgan — and a bit more text to be long enough here.", "role missing")]
    [InlineData("Hi Priya,\n\nThanks for the offer for the Senior Product Manager role at Northwind Traders. See [link].\n\nBest,\nAlex Morgan", "placeholder or link")]
    [InlineData("Hi,\n\nThanks for the offer for the Senior Product Manager role at Northwind Traders, I am happy to get it.\n\nBest,\nAlex Morgan", "recruiter missing")]
    [InlineData("Short.", "length")]
    public void The_check_needs_the_real_company_role_and_names_and_a_sensible_length(string body, string? problem)
    {
        Assert.Equal(problem, AssistantDrafts.Check(body, Facts));
    }
}
