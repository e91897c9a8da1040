using System.CommandLine;
using ApplyTrack.Classification;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Audit;
using ApplyTrack.Features.Capture;
using ApplyTrack.Features.Cluster;
using ApplyTrack.Features.Corrections;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.FollowUps;
using ApplyTrack.Features.Hosting;
using ApplyTrack.Features.Insights;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Operations;
using ApplyTrack.Features.Pipeline;
using ApplyTrack.Features.Tokens;
using ApplyTrack.Features.Rules;
using ApplyTrack.Features.Templates;
using ApplyTrack.MailSim;

// One executable, several commands: `applytrack [serve]` runs the web app; the rest are tools.
// Unmatched tokens pass through to ASP.NET Core so `--urls`, `--environment` etc. keep working.
var serve = new Command("serve", "Run the ApplyTrack web app (the default command).") { TreatUnmatchedTokensAsErrors = false };
serve.SetAction((result, ct) => RunWebAppAsync([.. result.UnmatchedTokens], ct));

var root = new RootCommand("ApplyTrack — a job-application tracker that reads your mailbox locally.") { TreatUnmatchedTokensAsErrors = false };
root.SetAction((result, ct) => RunWebAppAsync([.. result.UnmatchedTokens], ct));
root.Subcommands.Add(serve);
root.Subcommands.Add(SandboxCommand.Create());
root.Subcommands.Add(UserCommands.Create());
root.Subcommands.Add(CorrectionCommands.Create());
root.Subcommands.Add(ApplyTrack.Features.Audit.AuditCommands.Create());
root.Subcommands.Add(BackupCommand.Create());
root.Subcommands.Add(RestoreCommand.Create());
root.Subcommands.Add(DoctorCommand.Create());
foreach (var command in ClassificationCommands.Create())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();

static async Task<int> RunWebAppAsync(string[] args, CancellationToken cancellationToken)
{
    // appsettings.json and the views come from the app's folder, whatever the working directory.
    var builder = WebApplication.CreateBuilder(args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase))
        ? new WebApplicationOptions { Args = args }
        : new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

    builder.AddHosting();
    builder.AddTelemetry();
    builder.AddData();
    builder.AddCluster();
    builder.AddAccounts();
    builder.AddAudit();
    builder.AddTokens();
    builder.AddPipeline();
    builder.AddMail();
    builder.AddCorrections();
    builder.AddRules();
    builder.AddInsights();
    builder.AddTemplates();
    builder.AddFollowUps();

    var app = builder.Build();

    app.UseHosting();
    app.MapHealth();
    app.MapTelemetry();
    app.MapAccounts();
    app.MapPipeline();
    app.MapApiClients();
    app.MapMail();
    app.MapCorrections();
    app.MapRules();
    app.MapInsights();
    app.MapTemplates();
    app.MapFollowUps();
    app.MapRazorPages().WithStaticAssets();

    await app.RunAsync(cancellationToken);
    return 0;
}

public partial class Program;
