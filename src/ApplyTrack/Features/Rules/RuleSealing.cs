using System.Text.Json;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ApplyTrack.Features.Rules;

/// <summary>
/// Keeps what a person wrote in their rules — sender addresses, domains, subject words, names, notes, tags — encrypted at
/// rest, as the product promises for everything it stores. A rule's conditions and actions are one JSON document sealed
/// with the metadata key (<see cref="MetadataCipher"/>, purpose <see cref="CipherPurposes.Rule"/>): opened when EF Core
/// materializes a <see cref="MailRule"/>, sealed again when a save finds them changed. The code that uses rules sees
/// plain lists and never the cipher. An interceptor rather than a value converter: EF Core caches one model per context
/// type, and a converter would keep the first key it saw for every context of the process. For the same reason the
/// interceptor is one instance (<see cref="Instance"/>: a materialization interceptor is part of EF Core's internal
/// services, one set per instance) and finds the key through each context's application services.
/// </summary>
public sealed class RuleSealing : SaveChangesInterceptor, IMaterializationInterceptor
{
    public static readonly RuleSealing Instance = new();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private RuleSealing()
    {
    }

    private static MetadataCipher CipherOf(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<MetadataCipher>()
        ?? throw new InvalidOperationException("Rules are sealed with the metadata key: the context must be created with the application's services (AddDbContext).");

    private sealed record Definition(List<RuleCondition>? Conditions, List<RuleAction>? Actions);

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is MailRule rule)
        {
            Open(rule, CipherOf(materializationData.Context));
        }
        return entity;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        SealChanged(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        SealChanged(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Open(MailRule rule, MetadataCipher cipher)
    {
        if (rule.Sealed is { } sealedDefinition)
        {
            var json = cipher.DecryptString(sealedDefinition, CipherPurposes.Rule);
            var definition = JsonSerializer.Deserialize<Definition>(json, Json);
            (rule.Conditions, rule.Actions, rule.OpenedJson) = (definition?.Conditions ?? [], definition?.Actions ?? [], json);
        }
        else
        {
            // A row of a version that stored rules in plain text, not sealed yet: it still works, and its next save seals it.
            rule.Conditions = rule.PlainConditions is { Length: > 0 } conditions ? JsonSerializer.Deserialize<List<RuleCondition>>(conditions, Json) ?? [] : [];
            rule.Actions = rule.PlainActions is { Length: > 0 } actions ? JsonSerializer.Deserialize<List<RuleAction>>(actions, Json) ?? [] : [];
            rule.OpenedJson = null;
        }
    }

    private static void SealChanged(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        MetadataCipher? cipher = null;
        foreach (var entry in context.ChangeTracker.Entries<MailRule>())
        {
            if (entry.State is EntityState.Deleted or EntityState.Detached)
            {
                continue;
            }
            var rule = entry.Entity;
            var json = JsonSerializer.Serialize(new Definition(rule.Conditions, rule.Actions), Json);
            if (json == rule.OpenedJson && rule.Sealed is not null && rule.PlainConditions is null && rule.PlainActions is null)
            {
                continue;
            }
            cipher ??= CipherOf(context);
            entry.Property(r => r.Sealed).CurrentValue = cipher.Encrypt(json, CipherPurposes.Rule);
            entry.Property(r => r.PlainConditions).CurrentValue = null;
            entry.Property(r => r.PlainActions).CurrentValue = null;
            rule.OpenedJson = json;
        }
    }

    /// <summary>
    /// Seals the rules a plain-text version left (after the migration that added the sealed column). Idempotent: a sealed
    /// row has no plain columns, so a second run finds nothing. The old text would otherwise linger in freed pages (and,
    /// with SQLite, in the write-ahead log) until overwritten, so the table is rewritten once after sealing.
    /// </summary>
    public static async Task<int> SealPlainRulesAsync(ApplyTrackDbContext db, CancellationToken cancellationToken)
    {
        var plain = await db.MailRules.Where(r => r.PlainConditions != null || r.PlainActions != null || r.Sealed == null).ToListAsync(cancellationToken);
        if (plain.Count == 0)
        {
            return 0;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        }
        else if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM FULL mail_rules", cancellationToken);
        }
        return plain.Count;
    }
}
