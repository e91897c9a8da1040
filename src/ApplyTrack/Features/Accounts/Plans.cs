using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Accounts;

/// <summary>The <c>Plans</c> section.</summary>
public sealed class PlanOptions
{
    public const string Section = "Plans";

    /// <summary>The plan of a new account. Unset: Free, except in demo mode, where Premium shows every feature.</summary>
    public Plan? NewUserPlan { get; set; }
}

/// <summary>
/// What each plan allows, in one place: every feature asks here rather than comparing plans itself. Free: Inbox only,
/// 30 days of history, polling. Premium: push, any folders, 90 days, rules, follow-up assistant. A self-hosted admin
/// sets a user's plan (<c>applytrack users set-plan</c>).
/// </summary>
public sealed class Plans(IOptions<PlanOptions> options, IOptions<SyncOptions> sync, DemoSandbox demo, TimeProvider time)
{
    /// <summary>The plans whose mailboxes are pushed (Graph subscriptions, Gmail watch, IMAP IDLE), for queries.</summary>
    public static readonly Plan[] WithPush = [Plan.Premium];

    public Plan NewUserPlan => options.Value.NewUserPlan ?? (demo.IsEnabled ? Plan.Premium : Plan.Free);

    public int HistoryDays(Plan plan) => plan == Plan.Premium ? sync.Value.PremiumHistoryDays : sync.Value.FreeHistoryDays;

    /// <summary>How often a mailbox is polled (a pushed one too: push can be lost, polling is the safety net).</summary>
    public TimeSpan PollingInterval(Plan plan) => plan == Plan.Premium ? sync.Value.PremiumPollingInterval : sync.Value.FreePollingInterval;

    public static bool HasPush(Plan plan) => WithPush.Contains(plan);

    public static bool MayMonitorOtherFolders(Plan plan) => plan == Plan.Premium;

    /// <summary>Custom email rules and stages: a Free user's rules are kept but neither run nor change.</summary>
    public static bool MayUseRules(Plan plan) => plan == Plan.Premium;

    /// <summary>Insights: Free sees the funnel, weekly outcomes, the overall response figures and the ghosted share; Premium sees every breakdown.</summary>
    public static bool MaySeeAllInsights(Plan plan) => plan == Plan.Premium;

    /// <summary>The response-template library and a person's own copies of it.</summary>
    public static bool MayUseTemplates(Plan plan) => plan == Plan.Premium;

    /// <summary>Follow-up drafts in the recruiter's style (the assistant); reminders themselves are on every plan.</summary>
    public static bool MayUseFollowUpAssistant(Plan plan) => plan == Plan.Premium;

    public static Task<Plan> OfUserAsync(ApplyTrackDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.Plan).SingleAsync(cancellationToken);

    /// <summary>
    /// Changes a user's plan and brings their mailboxes in line: the history window follows the plan (a wider window
    /// starts a fresh round, which stores nothing twice), and a Free plan monitors the Inbox only.
    /// </summary>
    public async Task SetPlanAsync(ApplyTrackDbContext db, AppUser user, Plan plan, CancellationToken cancellationToken)
    {
        if (user.Plan != plan)
        {
            // Only the operator's tool changes plans: no request to say where it came from.
            db.Set<Audit.AuditEvent>().Add(Audit.AuditEvent.Create(user.Id, Audit.AuditKind.PlanChanged, time.GetUtcNow(), detail: $"{user.Plan} → {plan}"));
        }
        user.Plan = plan;
        var days = HistoryDays(plan);
        var connections = await db.MailboxConnections.Include(c => c.Cursors).Where(c => c.UserId == user.Id).ToListAsync(cancellationToken);
        foreach (var connection in connections)
        {
            if (days > connection.HistoryDays)
            {
                foreach (var cursor in connection.Cursors)
                {
                    cursor.Checkpoint = null;
                }
            }
            connection.HistoryDays = days;
            if (!MayMonitorOtherFolders(plan))
            {
                connection.Folders = "inbox";
            }
            connection.NextSyncAt = null;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
