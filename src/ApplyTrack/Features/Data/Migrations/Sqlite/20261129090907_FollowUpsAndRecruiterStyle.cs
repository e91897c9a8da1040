using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpsAndRecruiterStyle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MentionsDeadline",
                table: "mail_events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "NamedDate",
                table: "mail_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "StyleFirstName",
                table: "mail_events",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StyleFormality",
                table: "mail_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StyleGreeting",
                table: "mail_events",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StyleLanguage",
                table: "mail_events",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StyleSignOff",
                table: "mail_events",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StyleWords",
                table: "mail_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "follow_up_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Anchor = table.Column<long>(type: "INTEGER", nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    SnoozedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_marks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_follow_up_marks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_follow_up_marks_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_settings",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CheckInAfterApplyingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckInAfterInterviewDays = table.Column<int>(type: "INTEGER", nullable: false),
                    NoResponseDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SignatureName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_settings", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_follow_up_settings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_marks_ApplicationId_Kind_Anchor",
                table: "follow_up_marks",
                columns: new[] { "ApplicationId", "Kind", "Anchor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_marks_UserId",
                table: "follow_up_marks",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_up_marks");

            migrationBuilder.DropTable(
                name: "follow_up_settings");

            migrationBuilder.DropColumn(
                name: "MentionsDeadline",
                table: "mail_events");

            migrationBuilder.DropColumn(
                name: "NamedDate",
                table: "mail_events");

            migrationBuilder.DropColumn(
                name: "StyleFirstName",
                table: "mail_events");

            migrationBuilder.DropColumn(
                name: "StyleFormality",
                table: "mail_events");

            migrationBuilder.DropColumn(
                name: "StyleGreeting",
                table: "mail_events");

            migrationBuilder.DropColumn(
                name: "StyleLanguage",
                table: "mail_events");

            migrationBuilder.DropColumn(
                name: "StyleSignOff",
                table: "mail_events");

            migrationBuilder.DropColumn(
                name: "StyleWords",
                table: "mail_events");
        }
    }
}
