using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ApplyTrack.MailSim.Tests.Infrastructure;

/// <summary>
/// A tiny subscriber on loopback, as the web app would run: echoes `validationToken` and collects notification batches.
/// <see cref="FailNext"/> makes it answer 500 to the next deliveries.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<JsonObject> _notifications = Channel.CreateUnbounded<JsonObject>();
    private int _failNext;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<string> ValidationTokens { get; } = new();
    public bool EchoValidation { get; set; } = true;
    public int Deliveries;
    public string Url => $"{_app.Urls.First()}/notify?tenant=contoso";
    public string LifecycleUrl => $"{_app.Urls.First()}/lifecycle";

    public void FailNext(int count) => _failNext = count;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{kind}", async (HttpContext context, string kind) =>
        {
            if (context.Request.Query["validationToken"].FirstOrDefault() is { } token)
            {
                receiver.ValidationTokens.Enqueue(token);
                return receiver.EchoValidation ? Results.Text(token, "text/plain") : Results.Text("nope", "text/plain");
            }
            Interlocked.Increment(ref receiver.Deliveries);
            if (Interlocked.Decrement(ref receiver._failNext) >= 0) return Results.StatusCode(500);
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            foreach (var notification in body["value"]!.AsArray())
            {
                var item = (JsonObject)notification!.DeepClone();
                item["_endpoint"] = kind;
                item["_query"] = context.Request.QueryString.Value;
                await receiver._notifications.Writer.WriteAsync(item);
            }
            return Results.Accepted();
        });
        await app.StartAsync();
        return receiver;
    }

    public async Task<JsonObject> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _notifications.Reader.ReadAsync(cancel.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
