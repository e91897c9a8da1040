using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutlookRoundInCheckpoint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Outlook's round bookkeeping moves into the checkpoint it belongs to (a folder mid-backfill resumes where it stood),
            // with dates in ISO 8601 UTC whatever the session's time zone.
            migrationBuilder.Sql("""
                UPDATE folder_cursors f SET "Checkpoint" = (COALESCE(f."Checkpoint", '{}')::jsonb || jsonb_strip_nulls(jsonb_build_object(
                    'roundMessages', NULLIF(f."RoundMessages", 0),
                    'roundOldestReceivedAt', to_char(f."RoundOldestReceivedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                    'backfillBefore', to_char(f."BackfillBefore" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                    'deltaCapExceededAt', to_char(f."DeltaCapExceededAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))))::text
                FROM mailbox_connections m
                WHERE m."Id" = f."ConnectionId" AND m."Provider" = 'Outlook'
                    AND (f."RoundMessages" <> 0 OR f."RoundOldestReceivedAt" IS NOT NULL OR f."BackfillBefore" IS NOT NULL OR f."DeltaCapExceededAt" IS NOT NULL);
                """);

            migrationBuilder.DropColumn(
                name: "BackfillBefore",
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BackfillBefore",
                table: "folder_cursors",
                type: "timestamp with time zone",
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

            migrationBuilder.Sql("""
                UPDATE folder_cursors f SET
                    "RoundMessages" = COALESCE((f."Checkpoint"::jsonb->>'roundMessages')::integer, 0),
                    "RoundOldestReceivedAt" = (f."Checkpoint"::jsonb->>'roundOldestReceivedAt')::timestamptz,
                    "BackfillBefore" = (f."Checkpoint"::jsonb->>'backfillBefore')::timestamptz,
                    "DeltaCapExceededAt" = (f."Checkpoint"::jsonb->>'deltaCapExceededAt')::timestamptz,
                    "Checkpoint" = NULLIF((f."Checkpoint"::jsonb - 'roundMessages' - 'roundOldestReceivedAt' - 'backfillBefore' - 'deltaCapExceededAt')::text, '{}')
                FROM mailbox_connections m
                WHERE m."Id" = f."ConnectionId" AND m."Provider" = 'Outlook' AND f."Checkpoint" IS NOT NULL;
                """);
        }
    }
}
