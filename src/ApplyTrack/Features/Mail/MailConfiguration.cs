using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Mail;

internal sealed class MailboxConnectionConfiguration : IEntityTypeConfiguration<MailboxConnection>
{
    public void Configure(EntityTypeBuilder<MailboxConnection> builder)
    {
        builder.ToTable("mailbox_connections");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Provider).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.AccountEmail).HasMaxLength(320);
        builder.Property(c => c.AccountId).HasMaxLength(400);
        builder.Property(c => c.StatusDetail).HasMaxLength(1000);
        builder.Property(c => c.Folders).HasMaxLength(2000);
        builder.Property(c => c.LeaseOwner).HasMaxLength(200);
        builder.Ignore(c => c.FolderList);
        builder.Ignore(c => c.SourceName);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.UserId, c.Provider, c.AccountId }).IsUnique();
        builder.HasIndex(c => new { c.Status, c.NextSyncAt });
        builder.HasMany(c => c.Cursors).WithOne().HasForeignKey(f => f.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FolderCursorConfiguration : IEntityTypeConfiguration<FolderCursor>
{
    public void Configure(EntityTypeBuilder<FolderCursor> builder)
    {
        builder.ToTable("folder_cursors");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Folder).HasMaxLength(400);
        // Opaque to everything but the provider; Outlook's holds two Graph links of up to a few KB each.
        builder.Property(f => f.Checkpoint);
        builder.Property(f => f.Push).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.SubscriptionId).HasMaxLength(200);
        builder.Property(f => f.ClientState).HasMaxLength(200);
        builder.HasIndex(f => new { f.ConnectionId, f.Folder }).IsUnique();
        builder.HasIndex(f => f.SubscriptionId);
    }
}

internal sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRun>
{
    public void Configure(EntityTypeBuilder<SyncRun> builder)
    {
        builder.ToTable("sync_runs");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Trigger).HasConversion(SyncRunValues.TriggerConverter).HasMaxLength(40);
        builder.Property(r => r.Outcome).HasConversion(SyncRunValues.OutcomeConverter).HasMaxLength(40);
        builder.Property(r => r.Detail).HasMaxLength(1000);
        builder.HasOne<MailboxConnection>().WithMany().HasForeignKey(r => r.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ConnectionId, r.StartedAt });
    }
}

internal sealed class MailEventConfiguration : IEntityTypeConfiguration<MailEvent>
{
    public void Configure(EntityTypeBuilder<MailEvent> builder)
    {
        builder.ToTable("mail_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ProviderMessageId).HasMaxLength(400);
        builder.Property(e => e.InternetMessageId).HasMaxLength(998);
        builder.Property(e => e.ThreadId).HasMaxLength(400);
        builder.Property(e => e.Folder).HasMaxLength(400);
        builder.Property(e => e.Label).HasConversion(v => v.Name(), s => EmailNames.ParseLabel(s)).HasMaxLength(20);
        builder.Property(e => e.Event).HasConversion(v => v.Name(), s => EmailNames.ParseEvent(s)).HasMaxLength(40);
        builder.Property(e => e.Company).HasMaxLength(Application.CompanyMaxLength);
        builder.Property(e => e.Role).HasMaxLength(Application.RoleMaxLength);
        builder.Property(e => e.Note).HasMaxLength(200);
        builder.Property(e => e.AtsVendor).HasMaxLength(60);
        builder.Property(e => e.Reasons).HasMaxLength(2000);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.OutcomeDetail).HasMaxLength(500);
        builder.Property(e => e.RulesFired).HasMaxLength(1000);
        builder.Property(e => e.RuleEffects).HasMaxLength(8000);
        builder.Property(e => e.StyleLanguage).HasMaxLength(2);
        builder.Property(e => e.StyleGreeting).HasMaxLength(40);
        builder.Property(e => e.StyleSignOff).HasMaxLength(40);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MailboxConnection>().WithMany().HasForeignKey(e => e.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.SetNull);
        // A message is processed at most once per connection, whatever replays bring.
        builder.HasIndex(e => new { e.ConnectionId, e.ProviderMessageId }).IsUnique();
        builder.HasIndex(e => new { e.UserId, e.InternetMessageId });
        builder.HasIndex(e => new { e.UserId, e.ThreadId });
        builder.Property(e => e.Fingerprint).HasMaxLength(64);
        builder.HasIndex(e => new { e.UserId, e.Fingerprint });
        builder.HasIndex(e => new { e.UserId, e.ProcessedAt });
    }
}

internal sealed class AdminConsentRequestConfiguration : IEntityTypeConfiguration<AdminConsentRequest>
{
    public void Configure(EntityTypeBuilder<AdminConsentRequest> builder)
    {
        builder.ToTable("admin_consent_requests");
        builder.HasKey(p => p.State);
        builder.Property(p => p.State).HasMaxLength(100);
        builder.Property(p => p.RedirectUri).HasMaxLength(2000);
        builder.Property(p => p.GrantedTenant).HasMaxLength(100);
        builder.HasIndex(p => new { p.UserId, p.CreatedAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PendingAuthorizationConfiguration : IEntityTypeConfiguration<PendingAuthorization>
{
    public void Configure(EntityTypeBuilder<PendingAuthorization> builder)
    {
        builder.ToTable("pending_authorizations");
        builder.HasKey(p => p.State);
        builder.Property(p => p.State).HasMaxLength(100);
        builder.Property(p => p.Provider).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.RedirectUri).HasMaxLength(2000);
        builder.Property(p => p.LoginHint).HasMaxLength(320);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
