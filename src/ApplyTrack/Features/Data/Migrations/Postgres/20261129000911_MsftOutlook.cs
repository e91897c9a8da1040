using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MsftOutlook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LoginHint",
                table: "pending_authorizations",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BackfillBefore",
                table: "folder_cursors",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BackfillNextLink",
                table: "folder_cursors",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeltaCapExceededAt",
                table: "folder_cursors",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RoundMessages",
                table: "folder_cursors",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RoundOldestReceivedAt",
                table: "folder_cursors",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "admin_consent_requests",
                columns: table => new
                {
                    State = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RedirectUri = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GrantedTenant = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_consent_requests", x => x.State);
                    table.ForeignKey(
                        name: "FK_admin_consent_requests_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_admin_consent_requests_UserId_CreatedAt",
                table: "admin_consent_requests",
                columns: new[] { "UserId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "admin_consent_requests");

            migrationBuilder.DropColumn(
                name: "LoginHint",
                table: "pending_authorizations");

            migrationBuilder.DropColumn(
                name: "BackfillBefore",
                table: "folder_cursors");

            migrationBuilder.DropColumn(
                name: "BackfillNextLink",
                table: "folder_cursors");

            migrationBuilder.DropColumn(
                name: "DeltaCapExceededAt",
                table: "folder_cursors");

            migrationBuilder.DropColumn(
                name: "RoundMessages",
                table: "folder_cursors");

            migrationBuilder.DropColumn(
                name: "RoundOldestReceivedAt",
                table: "folder_cursors");
        }
    }
}
