using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "BackfillBefore",
                table: "folder_cursors",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BackfillNextLink",
                table: "folder_cursors",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeltaCapExceededAt",
                table: "folder_cursors",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RoundMessages",
                table: "folder_cursors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "RoundOldestReceivedAt",
                table: "folder_cursors",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "admin_consent_requests",
                columns: table => new
                {
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RedirectUri = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GrantedTenant = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
