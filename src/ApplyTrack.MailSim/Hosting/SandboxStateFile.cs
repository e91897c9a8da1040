using System.Text.Json;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Hosting;

/// <summary>A part of the sandbox that keeps state across restarts; each owns one top-level property of the state file.</summary>
public interface ISandboxStateSection
{
    string Name { get; }

    JsonNode? Export();

    void Import(JsonNode saved);
}

/// <summary>The optional JSON state file: read once at start-up, rewritten (atomically) when anything changed.</summary>
public static class SandboxStateFile
{
    public static JsonObject? Read(string? path)
    {
        if (path is null || !File.Exists(path)) return null;
        return JsonNode.Parse(File.ReadAllText(path)) as JsonObject;
    }

    public static void Write(string path, JsonObject state)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temporary, state.ToJsonString(Indented));
        File.Move(temporary, path, overwrite: true);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = false };
}

/// <summary>Mailboxes, messages, change logs and consent grants as the "mailboxes" section.</summary>
internal sealed class MailboxStateSection(MailboxStore store) : ISandboxStateSection
{
    public string Name => "mailboxes";

    public JsonNode? Export() => JsonSerializer.SerializeToNode(store.Export(), MailboxStore.JsonOptions);

    public void Import(JsonNode saved) => store.Import(saved.Deserialize<List<MailboxState>>(MailboxStore.JsonOptions) ?? []);
}

/// <summary>
/// Writes the state file every couple of seconds while something changed, at once after an identity change (an account,
/// a consent, a revocation), and once more on shutdown.
/// </summary>
internal sealed class StateFileWriter(MailSandboxOptions options, IEnumerable<ISandboxStateSection> sections, MailboxStore store, SandboxKeys keys,
    SandboxCertificateHolder certificate, SandboxClock clock, ILogger<StateFileWriter> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);
    private string? _lastWritten;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.StateFile is null) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(Period);
            try
            {
                await store.WaitForIdentityChangeAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                if (stoppingToken.IsCancellationRequested) return;
            }
            Save();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (options.StateFile is not null) Save();
    }

    private void Save()
    {
        try
        {
            var state = new JsonObject
            {
                ["version"] = 1,
                ["keys"] = keys.Export(),
                ["certificate"] = SandboxCertificate.Save(certificate.Certificate),
                ["clockOffset"] = clock.Offset.ToString("c"),
            };
            foreach (var section in sections) state[section.Name] = section.Export();
            var json = state.ToJsonString();
            if (json == _lastWritten) return;
            SandboxStateFile.Write(options.StateFile!, state);
            _lastWritten = json;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not write the sandbox state file {Path}", options.StateFile);
        }
    }
}

internal sealed record SandboxCertificateHolder(System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate);
