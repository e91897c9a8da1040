using ApplyTrack.Features.Corrections;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Activity;
using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Accounts;

public sealed record ExportedConnection(Guid Id, string Provider, string AccountEmail, string Status, DateTimeOffset CreatedAt, DateTimeOffset? LastSuccessfulSyncAt, IReadOnlyList<string> Folders);

public sealed record ExportedApplication(ApplicationResponse Application, IReadOnlyList<HistoryEntryResponse> History, IReadOnlyList<MailEventResponse> Emails,
    Capture.PostingResponse? Posting = null);

/// <summary>A correction the user made, with the email's text when they reported it (it is their own data, so it is exported too).</summary>
public sealed record ExportedCorrection(CorrectionResponse Correction, ReportedMessage? Report);

public sealed record ExportedAuditEvent(DateTimeOffset At, Audit.AuditKind Kind, string? IpAddress, string? UserAgent, string? Detail);

public sealed record AccountExport(MeResponse Account, DateTimeOffset ExportedAt, IReadOnlyList<ExportedApplication> Applications, IReadOnlyList<MailEventResponse> UnmatchedEmails, IReadOnlyList<ExportedConnection> Connections,
    IReadOnlyList<ExportedCorrection> Corrections, IReadOnlyList<ExportedAuditEvent>? SecurityLog = null,
    IReadOnlyList<Templates.TemplateResponse>? ResponseTemplates = null, ExportedFollowUps? FollowUps = null);

/// <summary>The person's follow-up settings (null: the defaults) and what they marked done or snoozed.</summary>
public sealed record ExportedFollowUps(FollowUps.FollowUpSettingsRequest? Settings, IReadOnlyList<FollowUps.FollowUpMarkState> Marks);

/// <summary>Promise 9: your data is yours. Export everything as JSON; delete the account and every row that belongs to it.</summary>
public static class AccountDataApi
{
    public static WebApplication MapAccountData(this WebApplication app)
    {
        var me = app.MapGroup("/api/me").WithTags("Account").RequireAuthorization();
        me.MapGet("/export", ExportAsync).WithSummary("Everything ApplyTrack holds about you, as JSON (tokens excluded).");
        me.MapDelete("/", DeleteAsync).WithSummary("Deletes the account and every row that belongs to it; connected mailboxes are disconnected first.");
        return app;
    }

    private static async Task<Ok<AccountExport>> ExportAsync(HttpContext http, ApplyTrackDbContext db, MetadataCipher cipher, Audit.AuditLog audit, TimeProvider time)
    {
        var userId = http.User.RequireUserId();
        var ct = http.RequestAborted;
        await audit.RecordAsync(userId, Audit.AuditKind.DataExported, http, cancellationToken: ct);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, ct);
        var applications = await db.Applications.AsNoTracking().AsSplitQuery().Include(a => a.Notes).Include(a => a.History)
            .Where(a => a.UserId == userId).OrderBy(a => a.CreatedAt).ToListAsync(ct);
        var emails = await db.MailEvents.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.ReceivedAt).ToListAsync(ct);
        var connections = await db.MailboxConnections.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var corrections = await db.Corrections.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var securityLog = await db.Set<Audit.AuditEvent>().AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.At)
            .Select(e => new ExportedAuditEvent(e.At, e.Kind, e.IpAddress, e.UserAgent, e.Detail)).ToListAsync(ct);
        var postings = await db.Set<JobPosting>().AsNoTracking().Where(p => db.Applications.Any(a => a.Id == p.ApplicationId && a.UserId == userId)).ToDictionaryAsync(p => p.ApplicationId, ct);

        var export = new AccountExport(
            new MeResponse(user.Id, user.Email ?? "", user.Plan.ToString().ToLowerInvariant(), user.CreatedAt),
            time.GetUtcNow(),
            applications.Select(a => new ExportedApplication(
                ApplicationsApi.ToResponse(a),
                a.History.OrderBy(h => h.At).Select(h => new HistoryEntryResponse(h.Id, h.At, h.From, h.To, h.Cause, h.Reason, h.EmailId)).ToList(),
                emails.Where(e => e.ApplicationId == a.Id).Select(e => ActivityApi.ToResponse(e, cipher)).ToList(),
                Capture.CaptureApi.ToResponse(postings.GetValueOrDefault(a.Id), cipher))).ToList(),
            emails.Where(e => e.ApplicationId is null).Select(e => ActivityApi.ToResponse(e, cipher)).ToList(),
            connections.Select(c => new ExportedConnection(c.Id, c.Provider.ToString().ToLowerInvariant(), c.AccountEmail,
                ConnectionsApi.StatusName(c.Status), c.CreatedAt, c.LastSuccessfulSyncAt, c.FolderList)).ToList(),
            corrections.Select(c => new ExportedCorrection(EmailCorrections.ToResponse(c, cipher), EmailCorrections.ReadReport(c, cipher))).ToList(),
            securityLog,
            (await db.Set<Templates.ResponseTemplate>().AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.CreatedAt).ToListAsync(ct))
                .ConvertAll(Templates.TemplatesApi.ToResponse),
            new ExportedFollowUps(
                await db.FollowUpSettings.AsNoTracking().Where(s => s.UserId == userId)
                    .Select(s => new FollowUps.FollowUpSettingsRequest(s.CheckInAfterApplyingDays, s.CheckInAfterInterviewDays, s.NoResponseDays, s.SignatureName)).SingleOrDefaultAsync(ct),
                (await db.FollowUpMarks.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(ct)).Select(m => m.State).ToList()));
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"applytrack-export-{time.GetUtcNow():yyyyMMdd}.json\"";
        return TypedResults.Ok(export);
    }

    private static async Task<NoContent> DeleteAsync(HttpContext http, ApplyTrackDbContext db, MailboxDisconnector disconnector, SignInManager<AppUser> signIn, UserManager<AppUser> users, Audit.AuditLog audit)
    {
        await DeleteAccountAsync(http.User.RequireUserId(), db, disconnector, users, signIn, audit, http.RequestAborted);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Disconnects the user's mailboxes (revoking what the providers let us revoke), deletes the account — every table
    /// of user data hangs off it with ON DELETE CASCADE (see the entity configurations) — and signs out. The audit log,
    /// which has no foreign key, is cleared by hand and keeps one "account deleted" event for the retention period.
    /// </summary>
    public static async Task DeleteAccountAsync(string userId, ApplyTrackDbContext db, MailboxDisconnector disconnector,
        UserManager<AppUser> users, SignInManager<AppUser> signIn, Audit.AuditLog audit, CancellationToken cancellationToken)
    {
        foreach (var id in await db.MailboxConnections.Where(c => c.UserId == userId && c.Credentials != null).Select(c => c.Id).ToListAsync(cancellationToken))
        {
            await disconnector.DisconnectAsync(userId, id, cancellationToken);
        }
        if (await users.FindByIdAsync(userId) is { } user)
        {
            await users.DeleteAsync(user);
            await audit.RecordAccountDeletedAsync(userId, cancellationToken);
        }
        await signIn.SignOutAsync();
    }
}
