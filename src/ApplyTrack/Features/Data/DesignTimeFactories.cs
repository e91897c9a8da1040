using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ApplyTrack.Features.Data;

// Used only by `dotnet ef migrations add`; the running app configures the context from DatabaseOptions.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteApplyTrackDbContext>
{
    public SqliteApplyTrackDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteApplyTrackDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresApplyTrackDbContext>
{
    public PostgresApplyTrackDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresApplyTrackDbContext>().UseNpgsql("Host=localhost;Database=applytrack_design").Options);
}
