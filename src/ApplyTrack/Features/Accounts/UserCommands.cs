using System.CommandLine;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Hosting;
using ApplyTrack.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Accounts;

/// <summary>`applytrack users …`: the self-hosted admin's tools, run against the configured database.</summary>
public static class UserCommands
{
    public static Command Create()
    {
        var users = new Command("users", "Administer accounts (list them, set a plan).");

        // Unmatched tokens are configuration switches (e.g. --Database:Provider=Postgres), as for `serve`.
        var list = new Command("list", "List accounts with their plan and connected mailboxes.") { TreatUnmatchedTokensAsErrors = false };
        list.SetAction((result, ct) => WithServicesAsync(result, ct, async (services, token) =>
        {
            var db = services.GetRequiredService<ApplyTrackDbContext>();
            var rows = await db.Users.AsNoTracking().OrderBy(u => u.Email)
                .Select(u => new { u.Email, u.Plan, u.CreatedAt, Mailboxes = db.MailboxConnections.Count(c => c.UserId == u.Id) })
                .ToListAsync(token);
            foreach (var row in rows)
            {
                Console.WriteLine($"{row.Email,-40} {row.Plan,-8} {row.Mailboxes} mailbox(es)  since {row.CreatedAt:yyyy-MM-dd}");
            }
            return 0;
        }));

        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var plan = new Option<Plan>("--plan") { Description = "free or premium.", Required = true };
        var setPlan = new Command("set-plan", "Set an account's plan (free or premium).") { email, plan };
        setPlan.TreatUnmatchedTokensAsErrors = false;
        setPlan.SetAction((result, ct) => WithServicesAsync(result, ct, async (services, token) =>
        {
            var db = services.GetRequiredService<ApplyTrackDbContext>();
            var address = result.GetValue(email)!.Trim();
            var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == address.ToUpperInvariant(), token);
            if (user is null)
            {
                Console.Error.WriteLine($"No account with the email {address}.");
                return 1;
            }
            await services.GetRequiredService<Plans>().SetPlanAsync(db, user, result.GetValue(plan), token);
            Console.WriteLine($"{user.Email} is now on the {user.Plan} plan.");
            return 0;
        }));

        users.Subcommands.Add(list);
        users.Subcommands.Add(setPlan);
        return users;
    }

    /// <summary>Runs an admin tool against the configured database (migrated first), with the app's services.</summary>
    internal static async Task<int> WithServicesAsync(ParseResult result, CancellationToken cancellationToken, Func<IServiceProvider, CancellationToken, Task<int>> action)
    {
        var builder = WebApplication.CreateBuilder([.. result.UnmatchedTokens]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A tool's standard output is its data (JSON Lines for `audit export`): whatever is logged goes to standard error.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddHosting();
        builder.AddData();
        builder.AddAccounts();
        builder.AddMail();
        Audit.AuditExtensions.AddAudit(builder);
        builder.Services.Configure<SandboxOptions>(o => o.Enabled = false);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>().Database.MigrateAsync(cancellationToken);
        return await action(scope.ServiceProvider, cancellationToken);
    }
}
