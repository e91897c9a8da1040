using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PipelineNamesByPerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CompanyNamedByPerson",
                table: "applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RoleNamedByPerson",
                table: "applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Cards a person created carry the names they typed.
            migrationBuilder.Sql("""
                UPDATE applications SET "CompanyNamedByPerson" = 1, "RoleNamedByPerson" = 1 WHERE "Source" = 'manual';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Not EF's table rebuild: it would rebuild applications from the previous migration's recorded model, which
            // predates columns merged in parallel (stages, tags) and would drop them. SQLite (3.35+) drops an unindexed column in place.
            migrationBuilder.Sql("""ALTER TABLE applications DROP COLUMN "CompanyNamedByPerson";""");
            migrationBuilder.Sql("""ALTER TABLE applications DROP COLUMN "RoleNamedByPerson";""");
        }
    }
}
