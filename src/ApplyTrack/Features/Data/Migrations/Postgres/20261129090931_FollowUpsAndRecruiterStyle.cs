using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NamedDate",
                table: "mail_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "StyleFirstName",
                table: "mail_events",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StyleFormality",
                table: "mail_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StyleGreeting",
                table: "mail_events",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StyleLanguage",
                table: "mail_events",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StyleSignOff",
                table: "mail_events",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StyleWords",
                table: "mail_events",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "follow_up_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Anchor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    SnoozedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    UserId = table.Column<string>(type: "text", nullable: false),
                    CheckInAfterApplyingDays = table.Column<int>(type: "integer", nullable: false),
                    CheckInAfterInterviewDays = table.Column<int>(type: "integer", nullable: false),
                    NoResponseDays = table.Column<int>(type: "integer", nullable: false),
                    SignatureName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
