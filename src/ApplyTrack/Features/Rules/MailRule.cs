using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Mail;
using Microsoft.EntityFrameworkCore;
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
/// the person wrote and how often it fired — never anything of the emails it saw. The conditions and actions (sender
/// addresses, domains, words, names, notes) are stored sealed with the metadata key (<see cref="RuleSealing"/>).
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
    /// <summary>Not a column: opened from <see cref="Sealed"/> when the rule is read, sealed into it when saved.</summary>
    public List<RuleCondition> Conditions { get; set; } = [];

    /// <summary>Not a column, like <see cref="Conditions"/>.</summary>
    public List<RuleAction> Actions { get; set; } = [];

    /// <summary>The conditions and actions as JSON, encrypted (<see cref="CipherPurposes.Rule"/>); null only on a row not upgraded yet.</summary>
    public byte[]? Sealed { get; set; }

    /// <summary>
    /// The plain JSON columns of versions before the rules were sealed: read until <see cref="RuleSealing.SealPlainRulesAsync"/>
    /// seals the row at start-up and empties them; never written otherwise.
    /// </summary>
    public string? PlainConditions { get; set; }

    /// <summary>See <see cref="PlainConditions"/>.</summary>
    public string? PlainActions { get; set; }

    /// <summary>The JSON that <see cref="Sealed"/> holds, as opened: a save seals again only what changed.</summary>
    internal string? OpenedJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>How many emails it acted on during syncs, and when last: a rule that marks mail "not job" leaves no other trace.</summary>
    public int FiredCount { get; set; }
    public DateTimeOffset? LastFiredAt { get; set; }
}

internal sealed class MailRuleConfiguration : IEntityTypeConfiguration<MailRule>
{
    public void Configure(EntityTypeBuilder<MailRule> builder)
    {
        builder.ToTable("mail_rules");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(MailRule.NameMaxLength);
        builder.Property(r => r.Match).HasConversion<string>().HasMaxLength(10);
        // What the person wrote, sealed as one JSON document: read and written whole, never queried into (RuleSealing).
        builder.Ignore(r => r.Conditions);
        builder.Ignore(r => r.Actions);
        builder.Ignore(r => r.OpenedJson);
        builder.Property(r => r.Sealed).HasColumnName("Definition");
        // The columns of the plain-text versions keep their names, so the migration keeps their rows for the upgrade.
        builder.Property(r => r.PlainConditions).HasColumnName("Conditions").HasMaxLength(20_000);
        builder.Property(r => r.PlainActions).HasColumnName("Actions").HasMaxLength(20_000);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.UserId, r.Position });
    }
}
