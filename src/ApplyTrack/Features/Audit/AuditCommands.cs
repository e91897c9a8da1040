using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Audit;

/// <summary>One line of <c>applytrack audit export</c>: a flat JSON object a SIEM can ingest as it is.</summary>
public sealed record AuditExportLine(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("user_id")] string UserId,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("ip")] string? Ip,
    [property: JsonPropertyName("user_agent")] string? UserAgent,
    [property: JsonPropertyName("detail")] string? Detail);

/// <summary>`applytrack audit export --since`: every user's security events as JSON Lines, oldest first, for the operator.</summary>
public static class AuditCommands
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var audit = new Command("audit", "The security audit log of every account.");
        var since = new Option<string>("--since")
        {
            Description = "Events at or after this date or time (ISO 8601, e.g. 2026-11-01 or 2026-11-01T08:00:00Z; UTC unless an offset is given).",
            Required = true,
        };
        var output = new Option<FileInfo?>("--output") { Description = "Write to this file instead of standard output." };
        var export = new Command("export", "Write the audit events since a date as JSON Lines (one event per line).") { since, output };
        export.TreatUnmatchedTokensAsErrors = false;
        export.SetAction((result, ct) =>
        {
            if (!TryParseSince(result.GetValue(since)!, out var from))
            {
                Console.Error.WriteLine($"--since: '{result.GetValue(since)}' is not a date (use ISO 8601, e.g. 2026-11-01).");
                return Task.FromResult(2);
            }
            return UserCommands.WithServicesAsync(result, ct, async (services, token) =>
            {
                var db = services.GetRequiredService<ApplyTrackDbContext>();
                var file = result.GetValue(output);
                file?.Directory?.Create();
                await using var writer = file is null
                    ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false }
                    : new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(false));
                var count = await WriteAsync(db, from, writer, token);
                await writer.FlushAsync(token);
                Console.Error.WriteLine($"{count} audit event(s) since {from:yyyy-MM-dd'T'HH:mm:ssK}{(file is null ? "" : $" written to {file.FullName}")}.");
                return 0;
            });
        });
        audit.Subcommands.Add(export);
        return audit;
    }

    public static bool TryParseSince(string text, out DateTimeOffset since) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out since);

    public static async Task<int> WriteAsync(ApplyTrackDbContext db, DateTimeOffset since, TextWriter writer, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var e in db.Set<AuditEvent>().AsNoTracking().Where(e => e.At >= since).OrderBy(e => e.At).ThenBy(e => e.Id)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(ToLine(e), Json));
            count++;
        }
        return count;
    }

    public static AuditExportLine ToLine(AuditEvent e) =>
        new(e.Id, e.At.ToUniversalTime(), e.UserId, e.Kind.ToString(), AuditLog.Describe(e.Kind), e.IpAddress, e.UserAgent, e.Detail);
}
