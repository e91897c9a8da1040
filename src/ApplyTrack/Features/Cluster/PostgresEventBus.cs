using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Npgsql;

namespace ApplyTrack.Features.Cluster;

/// <summary>
/// The bus between instances on PostgreSQL: <c>NOTIFY</c> on one channel, <c>LISTEN</c> on a dedicated connection that
/// is reopened (with backoff) whenever it drops. A message is delivered here at once and, through the database, to
/// every other instance; an instance ignores its own notifications. Sending is queued, so publishing never blocks a
/// request or a sync.
/// </summary>
public sealed class PostgresEventBus : EventBusBase, IAsyncDisposable
{
    public const string Channel = "applytrack_bus";

    // PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more.
    private const int MaxPayloadBytes = 7_900;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Envelope(string O, string T, JsonElement D);

    private readonly NpgsqlDataSource _sender;
    private readonly NpgsqlDataSource _listener;
    private readonly Channel<string> _outbox = System.Threading.Channels.Channel.CreateBounded<string>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly ILogger<PostgresEventBus> _logger;

    public PostgresEventBus(string connectionString, ILogger<PostgresEventBus> logger) : base(logger)
    {
        _logger = logger;
        _sender = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = "applytrack-bus",
            MaxPoolSize = 2,
        }.ConnectionString).Build();
        // TCP keepalives notice a silently dead server or network; the idle check below notices the rest.
        _listener = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = "applytrack-listen",
            Pooling = false,
            KeepAlive = 5,
        }.ConnectionString).Build();
    }

    public override bool IsShared => true;

    /// <summary>Whether the LISTEN connection is open right now (readiness).</summary>
    public bool IsListening { get; private set; }

    public override void Publish<T>(string topic, T message)
    {
        Deliver(topic, typeof(T), message);
        var payload = Serialize(topic, JsonSerializer.SerializeToNode(message, Json)!);
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            // Lists are the only thing that grows (changed ids): without them a receiver refreshes everything.
            var node = JsonSerializer.SerializeToNode(message, Json)!;
            DropLists(node);
            payload = Serialize(topic, node);
        }
        _outbox.Writer.TryWrite(payload);
    }

    private static string Serialize(string topic, JsonNode data) =>
        new JsonObject { ["o"] = ClusterLeases.Me, ["t"] = topic, ["d"] = data }.ToJsonString();

    private static void DropLists(JsonNode node)
    {
        if (node is not JsonObject obj)
        {
            return;
        }
        foreach (var (key, value) in obj.ToList())
        {
            if (value is JsonArray)
            {
                obj[key] = null;
            }
            else if (value is not null)
            {
                DropLists(value);
            }
        }
    }

    /// <summary>Sends queued messages in order until stopped.</summary>
    public async Task SendAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var payload in _outbox.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var command = _sender.CreateCommand("SELECT pg_notify($1, $2)");
                    command.Parameters.Add(new NpgsqlParameter { Value = Channel });
                    command.Parameters.Add(new NpgsqlParameter { Value = payload });
                    await command.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _logger.LogWarning("Could not send a message to the other instances ({Error})", ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Listens until stopped, reconnecting with backoff; after a reconnect raises <see cref="IEventBus.Reconnected"/>.</summary>
    public async Task ListenAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        var connectedBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _listener.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                IsListening = true;
                backoff = TimeSpan.FromSeconds(1);
                if (connectedBefore)
                {
                    _logger.LogInformation("Listening to the other instances again");
                    RaiseReconnected();
                }
                connectedBefore = true;
                while (true)
                {
                    if (!await connection.WaitAsync(TimeSpan.FromSeconds(15), stoppingToken))
                    {
                        // Nothing for a while: make sure the connection is still alive.
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteNonQueryAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                IsListening = false;
                _logger.LogWarning("The connection listening to the other instances dropped ({Error}); reconnecting in {Delay} s", ex.GetType().Name, backoff.TotalSeconds);
            }
            finally
            {
                IsListening = false;
            }
            try
            {
                await Task.Delay(backoff, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
        }
    }

    private void Receive(string payload)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(payload, Json);
        }
        catch (JsonException)
        {
            _logger.LogWarning("Ignored a malformed message on {Channel}", Channel);
            return;
        }
        if (envelope is null || envelope.O == ClusterLeases.Me)
        {
            return;
        }
        foreach (var type in HandlerTypes(envelope.T))
        {
            object? message;
            try
            {
                message = envelope.D.Deserialize(type, Json);
            }
            catch (JsonException)
            {
                _logger.LogWarning("Ignored a {Topic} message this version cannot read", envelope.T);
                continue;
            }
            if (message is not null)
            {
                Deliver(envelope.T, type, message);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _outbox.Writer.TryComplete();
        await _sender.DisposeAsync();
        await _listener.DisposeAsync();
    }
}

/// <summary>Runs the PostgreSQL bus's sender and listener for the life of the host (nothing on SQLite).</summary>
public sealed class EventBusService(IEventBus bus) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => bus is PostgresEventBus postgres
        ? Task.WhenAll(postgres.ListenAsync(stoppingToken), postgres.SendAsync(stoppingToken))
        : Task.CompletedTask;
}
