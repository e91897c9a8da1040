using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Push",
                table: "folder_cursors",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            // Each provider's checkpoint moves into the one opaque column it now owns (a mailbox mid-sync resumes where it stood):
            // Outlook's links as a JSON object, Gmail's "historyId|pageToken" (mid-round) or "historyId", IMAP's "uidvalidity:lastuid:modseq".
            migrationBuilder.Sql("""
                UPDATE folder_cursors SET "Checkpoint" = CASE (SELECT m."Provider" FROM mailbox_connections m WHERE m."Id" = folder_cursors."ConnectionId")
                    WHEN 'Outlook' THEN CASE WHEN "NextLink" IS NULL AND "DeltaLink" IS NULL AND "BackfillNextLink" IS NULL THEN NULL
                        ELSE json_build_object('nextLink', "NextLink", 'deltaLink', "DeltaLink", 'backfillNextLink', "BackfillNextLink")::text END
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
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeltaLink",
                table: "folder_cursors",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextLink",
                table: "folder_cursors",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE folder_cursors SET
                    "NextLink" = CASE (SELECT m."Provider" FROM mailbox_connections m WHERE m."Id" = folder_cursors."ConnectionId")
                        WHEN 'Outlook' THEN "Checkpoint"::json->>'nextLink'
                        WHEN 'Gmail' THEN CASE WHEN strpos("Checkpoint", '|') > 0 THEN "Checkpoint" END END,
                    "DeltaLink" = CASE (SELECT m."Provider" FROM mailbox_connections m WHERE m."Id" = folder_cursors."ConnectionId")
                        WHEN 'Outlook' THEN "Checkpoint"::json->>'deltaLink'
                        WHEN 'Gmail' THEN CASE WHEN strpos("Checkpoint", '|') = 0 THEN "Checkpoint" END
                        ELSE "Checkpoint" END,
                    "BackfillNextLink" = CASE (SELECT m."Provider" FROM mailbox_connections m WHERE m."Id" = folder_cursors."ConnectionId")
                        WHEN 'Outlook' THEN "Checkpoint"::json->>'backfillNextLink' END
                WHERE "Checkpoint" IS NOT NULL;
                """);
            migrationBuilder.Sql("""UPDATE folder_cursors SET "SubscriptionId" = 'gmail-watch:' || replace("Id"::text, '-', '') WHERE "Push" = 'GmailWatch';""");

            migrationBuilder.DropColumn(
                name: "Checkpoint",
                table: "folder_cursors");

            migrationBuilder.DropColumn(
                name: "Push",
                table: "folder_cursors");
        }
    }
}
