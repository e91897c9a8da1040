using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TemplatesAndAtsVendor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AtsVendor",
                table: "mail_events",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            // Mail recorded before this column: the classifier named the vendor in its reasons ("sent through Greenhouse on the employer's behalf").
            migrationBuilder.Sql("""
                UPDATE mail_events
                SET "AtsVendor" = substr(substr("Reasons", instr("Reasons", 'sent through ') + 13), 1, instr(substr("Reasons", instr("Reasons", 'sent through ') + 13), ' on the employer''s behalf') - 1)
                WHERE instr("Reasons", 'sent through ') > 0
                  AND instr(substr("Reasons", instr("Reasons", 'sent through ') + 13), ' on the employer''s behalf') BETWEEN 2 AND 61;
                """);

            migrationBuilder.CreateTable(
                name: "response_templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Scenario = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    BasedOn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_response_templates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_response_templates_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_response_templates_UserId_Scenario_Language",
                table: "response_templates",
                columns: new[] { "UserId", "Scenario", "Language" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "response_templates");

            // Not DropColumn: on SQLite EF rebuilds the table from this branch's recorded model, which lacks the columns
            // migrations merged beside it added to mail_events (the recruiter-style ones); SQLite drops one column in place.
            migrationBuilder.Sql("ALTER TABLE mail_events DROP COLUMN AtsVendor;");
        }
    }
}
