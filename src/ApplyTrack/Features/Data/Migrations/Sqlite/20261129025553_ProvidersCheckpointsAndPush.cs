using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProvidersCheckpointsAndPush : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Checkpoint",
                table: "folder_cursors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Push",
                table: "folder_cursors",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            // Each provider's checkpoint moves into the one opaque column it now owns (a mailbox mid-sync resumes where it stood):
            // Outlook's links as a JSON object, Gmail's "historyId|pageToken" (mid-round) or "historyId", IMAP's "uidvalidity:lastuid:modseq".
            migrationBuilder.Sql("""
                UPDATE folder_cursors SET "Checkpoint" = CASE (SELECT m."Provider" FROM mailbox_connections m WHERE m."Id" = folder_cursors."ConnectionId")
                    WHEN 'Outlook' THEN CASE WHEN "NextLink" IS NULL AND "DeltaLink" IS NULL AND "BackfillNextLink" IS NULL THEN NULL
                        ELSE json_object('nextLink', "NextLink", 'deltaLink', "DeltaLink", 'backfillNextLink', "BackfillNextLink") END
                    WHEN 'Gmail' THEN COALESCE("NextLink", "DeltaLink")
                    ELSE "DeltaLink" END;
                """);
            // Push says what it is; Gmail's made-up "gmail-watch:" subscription ids go (a watch has no id).
            migrationBuilder.Sql("""
                UPDATE folder_cursors SET "Push" = CASE WHEN "SubscriptionId" LIKE 'gmail-watch:%' THEN 'GmailWatch' ELSE 'GraphSubscription' END
                WHERE "SubscriptionId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""UPDATE folder_cursors SET "SubscriptionId" = NULL WHERE "Push" = 'GmailWatch';""");

            migrationBuilder.DropColumn(
                name: "BackfillNextLink",
                table: "folder_cursors");

            migrationBuilder.DropColumn(
                name: "DeltaLink",
                table: "folder_cursors");

            migrationBuilder.DropColumn(
                name: "NextLink",
                table: "folder_cursors");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BackfillNextLink",
                table: "folder_cursors",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeltaLink",
                table: "folder_cursors",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextLink",
                table: "folder_cursors",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE folder_cursors SET
                    "NextLink" = CASE (SELECT m."Provider" FROM mailbox_connections m WHERE m."Id" = folder_cursors."ConnectionId")
                        WHEN 'Outlook' THEN json_extract("Checkpoint", '$.nextLink')
                        WHEN 'Gmail' THEN CASE WHEN instr("Checkpoint", '|') > 0 THEN "Checkpoint" END END,
                    "DeltaLink" = CASE (SELECT m."Provider" FROM mailbox_connections m WHERE m."Id" = folder_cursors."ConnectionId")
                        WHEN 'Outlook' THEN json_extract("Checkpoint", '$.deltaLink')
                        WHEN 'Gmail' THEN CASE WHEN instr("Checkpoint", '|') = 0 THEN "Checkpoint" END
                        ELSE "Checkpoint" END,
                    "BackfillNextLink" = CASE (SELECT m."Provider" FROM mailbox_connections m WHERE m."Id" = folder_cursors."ConnectionId")
                        WHEN 'Outlook' THEN json_extract("Checkpoint", '$.backfillNextLink') END
                WHERE "Checkpoint" IS NOT NULL;
                """);
            migrationBuilder.Sql("""UPDATE folder_cursors SET "SubscriptionId" = 'gmail-watch:' || replace(lower("Id"), '-', '') WHERE "Push" = 'GmailWatch';""");

            // Not EF's table rebuild: it would rebuild from the previous migration's recorded model, which predates the Outlook
            // round columns (merged in parallel) and would drop them. SQLite (3.35+) drops an unindexed column in place.
            migrationBuilder.Sql("""ALTER TABLE folder_cursors DROP COLUMN "Checkpoint";""");
            migrationBuilder.Sql("""ALTER TABLE folder_cursors DROP COLUMN "Push";""");
        }
    }
}
