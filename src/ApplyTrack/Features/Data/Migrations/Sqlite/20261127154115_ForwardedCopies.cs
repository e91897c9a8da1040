using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ForwardedCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Fingerprint",
                table: "mail_events",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OriginalAt",
                table: "mail_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_mail_events_UserId_Fingerprint",
                table: "mail_events",
                columns: new[] { "UserId", "Fingerprint" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_mail_events_UserId_Fingerprint",
                table: "mail_events");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "mail_events");

            migrationBuilder.DropColumn(
                name: "OriginalAt",
                table: "mail_events");
        }
    }
}
