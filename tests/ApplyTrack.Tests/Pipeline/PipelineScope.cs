using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApplyTrack.Tests.Pipeline;

/// <summary>
/// One unit of work of the real app (a DI scope over its real database) for a fresh user with one mailbox
/// connection, and the live events that user's boards would hear.
/// </summary>
internal sealed class PipelineScope : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PipelineEvent> _heard = [];
    private Task _listening = Task.CompletedTask;

    private PipelineScope(AsyncServiceScope scope) => _scope = scope;

    public string UserId { get; } = Guid.NewGuid().ToString();
    public MailboxConnection Connection { get; private set; } = null!;
    public ApplyTrackDbContext Db => Get<ApplyTrackDbContext>();
    public ApplicationCommands Commands => Get<ApplicationCommands>();

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public static async Task<PipelineScope> StartAsync(ApplyTrackApplication app)
    {
        var scope = new PipelineScope(app.Services.CreateAsyncScope());
        var db = scope.Db;
        db.Users.Add(new AppUser { Id = scope.UserId, UserName = $"{scope.UserId}@example.com", Email = $"{scope.UserId}@example.com", CreatedAt = DateTimeOffset.UtcNow });
        scope.Connection = MailboxConnection.Create(scope.UserId, MailProvider.Outlook, $"acct-{scope.UserId}", "jordan@example.com", 30, DateTimeOffset.UtcNow);
        // Disconnected: the app's scheduler leaves it alone; the tests drive the steps themselves.
        scope.Connection.Status = ConnectionStatus.Disconnected;
        db.MailboxConnections.Add(scope.Connection);
        await db.SaveChangesAsync();

        var connected = new TaskCompletionSource();
        var events = scope.Get<PipelineEvents>();
        scope._listening = Task.Run(async () =>
        {
            await foreach (var heard in events.SubscribeAsync(scope.UserId, TimeSpan.FromMinutes(10), scope._stop.Token))
            {
                if (heard.Kind == "connected")
                {
                    connected.TrySetResult();
                    continue;
                }
                lock (scope._heard) scope._heard.Add(heard);
            }
        });
        await connected.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return scope;
    }

    public SyncContext NewSyncContext() =>
        new(Connection, new SyncRun { Id = Guid.NewGuid(), ConnectionId = Connection.Id, StartedAt = DateTimeOffset.UtcNow, Trigger = SyncTrigger.Manual }, SyncTrigger.Manual);

    /// <summary>Waits for the given number of events (beyond what was heard so far) and returns all heard.</summary>
    public async Task<IReadOnlyList<PipelineEvent>> HeardAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            lock (_heard)
            {
                if (_heard.Count >= count)
                {
                    return [.. _heard];
                }
            }
            if (DateTime.UtcNow > deadline)
            {
                lock (_heard) Assert.Fail($"Expected {count} events, heard {_heard.Count}: {string.Join(", ", _heard.Select(e => e.Kind))}");
            }
            await Task.Delay(20);
        }
    }

    /// <summary>A job email as stored by a sync (pending), for the steps after recording.</summary>
    public MailEvent StoredEmail(EmailLabel label, EmailEvent @event, string? company, string? role, DateTimeOffset receivedAt, string? thread = null, string? note = null)
    {
        var cipher = Get<MetadataCipher>();
        var mailEvent = new MailEvent
        {
            Id = Guid.CreateVersion7(),
            UserId = UserId,
            ConnectionId = Connection.Id,
            ProviderMessageId = $"msg-{Guid.NewGuid():N}",
            InternetMessageId = $"<{Guid.NewGuid():N}@example.com>",
            ThreadId = thread,
            Sender = cipher.Encrypt($"Sam Rivera <sam@{company?.ToLowerInvariant() ?? "unknown"}.example>", CipherPurposes.Sender),
            Subject = cipher.Encrypt($"About your application at {company}", CipherPurposes.Subject),
            ReceivedAt = receivedAt,
            Label = label,
            Event = @event,
            Confidence = 0.9,
            Company = company,
            Role = role,
            Note = note,
            Outcome = MailEventOutcome.Pending,
            ProcessedAt = DateTimeOffset.UtcNow,
        };
        Db.MailEvents.Add(mailEvent);
        return mailEvent;
    }

    public static IncomingMail Incoming(NewMailMessage message, string? providerId = null) => new(
        providerId ?? $"msg-{Guid.NewGuid():N}", message.InternetMessageId ?? $"<{Guid.NewGuid():N}@example.com>", message.ConversationId, "inbox",
        message.From.Name, message.From.Address, string.Join(", ", message.To.Select(t => t.Address)), message.Subject, message.TextBody,
        message.ReceivedDateTime ?? DateTimeOffset.UtcNow);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _listening;
        await _scope.DisposeAsync();
        _stop.Dispose();
    }
}
