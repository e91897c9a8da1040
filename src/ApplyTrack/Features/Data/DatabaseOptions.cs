namespace ApplyTrack.Features.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Settings of the <c>Database</c> section (environment form <c>Database__Provider</c>, <c>Database__ConnectionString</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL. For SQLite it defaults to <c>applytrack.db</c> in the data directory.</summary>
    public string? ConnectionString { get; set; }
}
