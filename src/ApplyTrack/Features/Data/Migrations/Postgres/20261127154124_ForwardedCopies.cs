using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Postgres
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OriginalAt",
                table: "mail_events",
                type: "timestamp with time zone",
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
