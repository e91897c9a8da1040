using System;
﻿using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditSurvivesAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_audit_events_AspNetUsers_UserId",
                table: "audit_events");

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_At",
                table: "audit_events",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite cannot add a foreign key to a table: rebuild audit_events as it was, keeping the events of users who
            // still exist (an account-deleted event has no user to point at).
            migrationBuilder.DropIndex(
                name: "IX_audit_events_At",
                table: "audit_events");

            migrationBuilder.DropIndex(
                name: "IX_audit_events_UserId_At",
                table: "audit_events");

            migrationBuilder.RenameTable(
                name: "audit_events",
                newName: "audit_events_survivors");

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_audit_events_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(
                "INSERT INTO audit_events (Id, UserId, At, Kind, IpAddress, UserAgent, Detail) " +
                "SELECT Id, UserId, At, Kind, IpAddress, UserAgent, Detail FROM audit_events_survivors WHERE UserId IN (SELECT Id FROM AspNetUsers);");

            migrationBuilder.DropTable(
                name: "audit_events_survivors");

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_UserId_At",
                table: "audit_events",
                columns: new[] { "UserId", "At" });
        }
    }
}
