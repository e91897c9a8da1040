using ApplyTrack.Features.Data;
using ApplyTrack.Features.Hosting;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Gmail;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Operations;

/// <summary>
/// The configuration the operator tools read: the same sources as `serve` (appsettings, environment,
/// <c>--Section:Key=value</c> switches), the same options classes, and no hosted service started.
/// </summary>
internal sealed class OperationsHost : IDisposable
{
    private readonly IHost _host;

    private OperationsHost(IHost host) => _host = host;

    public static OperationsHost Build(ParseResultTokens tokens)
    {
        var builder = Host.CreateApplicationBuilder(tokens.Values);
        builder.Logging.ClearProviders();
        builder.Services.AddOptions<ApplyTrackOptions>().BindConfiguration(ApplyTrackOptions.Section);
        builder.AddData();
        builder.Services.AddOptions<OutlookOptions>().BindConfiguration(OutlookOptions.Section);
        builder.Services.AddOptions<GoogleOptions>().BindConfiguration(GoogleOptions.Section);
        builder.Services.AddOptions<SyncOptions>().BindConfiguration(SyncOptions.Section);
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section);
        return new OperationsHost(builder.Build());
    }

    public IServiceProvider Services => _host.Services;
    public IConfiguration Configuration => _host.Services.GetRequiredService<IConfiguration>();
    public ApplyTrackOptions App => _host.Services.GetRequiredService<IOptions<ApplyTrackOptions>>().Value;
    public DatabaseOptions Database => _host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

    /// <summary>The SQLite database file the app uses, from the connection string or the data directory.</summary>
    public string SqlitePath
    {
        get
        {
            var connectionString = Database.ConnectionString ?? $"Data Source={Path.Combine(App.ResolveDataDirectory(), "applytrack.db")}";
            return Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource);
        }
    }

    /// <summary>The migrations this build knows, oldest first.</summary>
    public IReadOnlyList<string> KnownMigrations()
    {
        using var scope = _host.Services.CreateScope();
        var db = Database.Provider == DatabaseProvider.Postgres
            ? (ApplyTrackDbContext)scope.ServiceProvider.GetRequiredService<PostgresApplyTrackDbContext>()
            : scope.ServiceProvider.GetRequiredService<SqliteApplyTrackDbContext>();
        return [.. Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetMigrations(db.Database)];
    }

    public void Dispose() => _host.Dispose();
}

/// <summary>The tokens a command did not recognise: configuration switches such as <c>--ApplyTrack:DataDirectory=/srv/at</c>.</summary>
internal readonly record struct ParseResultTokens(string[] Values)
{
    public static ParseResultTokens Of(System.CommandLine.ParseResult result) => new([.. result.UnmatchedTokens]);
}
