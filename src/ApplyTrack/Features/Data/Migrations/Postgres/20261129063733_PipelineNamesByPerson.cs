using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RoleNamedByPerson",
                table: "applications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Cards a person created carry the names they typed.
            migrationBuilder.Sql("""
                UPDATE applications SET "CompanyNamedByPerson" = TRUE, "RoleNamedByPerson" = TRUE WHERE "Source" = 'manual';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CompanyNamedByPerson",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "RoleNamedByPerson",
                table: "applications");
        }
    }
}
