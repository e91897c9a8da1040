using System.Text.Json;
using ApplyTrack.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Rules;

/// <summary>Whether every condition must hold, or one is enough.</summary>
public enum RuleMatch
{
    All,
    Any,
}

/// <summary>
/// One test on an email: <paramref name="Field"/> (see <see cref="RuleFields"/>), <paramref name="Operator"/>
/// (<c>is</c>, <c>contains</c>, <c>domain</c>, or the advanced <c>matches</c>: a regular expression) and the value.
/// </summary>
public sealed record RuleCondition(string Field, string Operator, string Value);

/// <summary>One thing a rule does (<see cref="RuleActions"/>); <paramref name="Value"/> where the action needs one.</summary>
public sealed record RuleAction(string Type, string? Value = null);

/// <summary>
/// A person's rule about their mail (Premium): when the conditions hold for a new email, the actions apply. Rules run in
/// <see cref="Position"/> order after the classifier and before matching; a <c>stop</c> action ends the list. Holds what
/// the person wrote and how often it fired — never anything of the emails it saw.
/// </summary>
public sealed class MailRule
{
    public const int NameMaxLength = 100;
    public const int MaxConditions = 20;
    public const int MaxActions = 20;
    public const int ValueMaxLength = 500;

    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
    public bool Enabled { get; set; } = true;
    public RuleMatch Match { get; set; }
    public List<RuleCondition> Conditions { get; set; } = [];
    public List<RuleAction> Actions { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>How many emails it acted on during syncs, and when last: a rule that marks mail "not job" leaves no other trace.</summary>
    public int FiredCount { get; set; }
    public DateTimeOffset? LastFiredAt { get; set; }
}

internal sealed class MailRuleConfiguration : IEntityTypeConfiguration<MailRule>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<MailRule> builder)
    {
        builder.ToTable("mail_rules");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(MailRule.NameMaxLength);
        builder.Property(r => r.Match).HasConversion<string>().HasMaxLength(10);
        // What the person wrote, as JSON text: read and written whole, never queried into.
        builder.Property(r => r.Conditions).HasConversion(
                v => JsonSerializer.Serialize(v, Json), s => JsonSerializer.Deserialize<List<RuleCondition>>(s, Json) ?? new List<RuleCondition>(),
                new ValueComparer<List<RuleCondition>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, c) => HashCode.Combine(h, c)), v => v.ToList()))
            .HasMaxLength(20_000);
        builder.Property(r => r.Actions).HasConversion(
                v => JsonSerializer.Serialize(v, Json), s => JsonSerializer.Deserialize<List<RuleAction>>(s, Json) ?? new List<RuleAction>(),
                new ValueComparer<List<RuleAction>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, c) => HashCode.Combine(h, c)), v => v.ToList()))
            .HasMaxLength(20_000);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.UserId, r.Position });
    }
}
