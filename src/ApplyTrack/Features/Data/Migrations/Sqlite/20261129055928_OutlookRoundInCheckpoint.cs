using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutlookRoundInCheckpoint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Outlook's round bookkeeping moves into the checkpoint it belongs to (a folder mid-backfill resumes where it stood).
            // Dates are UTC ticks here and ISO 8601 in the checkpoint; json_patch leaves out what is null.
            migrationBuilder.Sql("""
                UPDATE folder_cursors SET "Checkpoint" = json_patch(COALESCE("Checkpoint", '{}'), json_object(
                    'roundMessages', NULLIF("RoundMessages", 0),
                    'roundOldestReceivedAt', CASE WHEN "RoundOldestReceivedAt" IS NOT NULL THEN strftime('%Y-%m-%dT%H:%M:%fZ', ("RoundOldestReceivedAt" - 621355968000000000) / 10000000.0, 'unixepoch') END,
                    'backfillBefore', CASE WHEN "BackfillBefore" IS NOT NULL THEN strftime('%Y-%m-%dT%H:%M:%fZ', ("BackfillBefore" - 621355968000000000) / 10000000.0, 'unixepoch') END,
                    'deltaCapExceededAt', CASE WHEN "DeltaCapExceededAt" IS NOT NULL THEN strftime('%Y-%m-%dT%H:%M:%fZ', ("DeltaCapExceededAt" - 621355968000000000) / 10000000.0, 'unixepoch') END))
                WHERE (SELECT m."Provider" FROM mailbox_connections m WHERE m."Id" = folder_cursors."ConnectionId") = 'Outlook'
                    AND ("RoundMessages" <> 0 OR "RoundOldestReceivedAt" IS NOT NULL OR "BackfillBefore" IS NOT NULL OR "DeltaCapExceededAt" IS NOT NULL);
                """);

            // Not EF's table rebuild (see ProvidersCheckpointsAndPush): SQLite (3.35+) drops an unindexed column in place.
            migrationBuilder.Sql("""ALTER TABLE folder_cursors DROP COLUMN "BackfillBefore";""");
            migrationBuilder.Sql("""ALTER TABLE folder_cursors DROP COLUMN "DeltaCapExceededAt";""");
            migrationBuilder.Sql("""ALTER TABLE folder_cursors DROP COLUMN "RoundMessages";""");
            migrationBuilder.Sql("""ALTER TABLE folder_cursors DROP COLUMN "RoundOldestReceivedAt";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BackfillBefore",
                table: "folder_cursors",
                type: "INTEGER",
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

            // Back to columns, to the millisecond (ISO 8601 → UTC ticks).
            migrationBuilder.Sql("""
                UPDATE folder_cursors SET
                    "RoundMessages" = COALESCE(json_extract("Checkpoint", '$.roundMessages'), 0),
                    "RoundOldestReceivedAt" = CAST(ROUND((julianday(json_extract("Checkpoint", '$.roundOldestReceivedAt')) - 2440587.5) * 86400000) AS INTEGER) * 10000 + 621355968000000000,
                    "BackfillBefore" = CAST(ROUND((julianday(json_extract("Checkpoint", '$.backfillBefore')) - 2440587.5) * 86400000) AS INTEGER) * 10000 + 621355968000000000,
                    "DeltaCapExceededAt" = CAST(ROUND((julianday(json_extract("Checkpoint", '$.deltaCapExceededAt')) - 2440587.5) * 86400000) AS INTEGER) * 10000 + 621355968000000000,
                    "Checkpoint" = NULLIF(json_remove("Checkpoint", '$.roundMessages', '$.roundOldestReceivedAt', '$.backfillBefore', '$.deltaCapExceededAt'), '{}')
                WHERE (SELECT m."Provider" FROM mailbox_connections m WHERE m."Id" = folder_cursors."ConnectionId") = 'Outlook'
                    AND json_valid("Checkpoint");
                """);
        }
    }
}
