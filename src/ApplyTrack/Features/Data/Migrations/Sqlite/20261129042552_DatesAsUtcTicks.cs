using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Sqlite
{
    /// <summary>
    /// Every date column goes from EF's DateTimeOffsetToBinaryConverter packing to UTC ticks (<see cref="UtcTicksConverter"/>),
    /// so SQL can group by day. The columns stay INTEGER, so the model is unchanged and this is data only.
    /// </summary>
    /// <remarks>
    /// The old value is <c>((clockTicks / 1000) &lt;&lt; 11) | (offsetMinutes &amp; 0x7FF)</c>: the clock ticks are local to the
    /// offset, and the offset is an 11-bit two's-complement number of minutes. UTC ticks = clock ticks − offset × 600000000.
    /// Down packs UTC ticks with offset zero (truncated to 1000 ticks, as the old converter did). NULL stays NULL.
    /// </remarks>
    public partial class DatesAsUtcTicks : Migration
    {
        /// <summary>Every DateTimeOffset column of the model at this migration (table, column).</summary>
        public static readonly IReadOnlyList<(string Table, string Column)> Columns =
        [
            ("AspNetUsers", "CreatedAt"), ("AspNetUsers", "LockoutEnd"),
            ("cluster_leases", "Until"),
            ("corrections", "CreatedAt"), ("corrections", "ReceivedAt"), ("corrections", "ReportedAt"),
            ("admin_consent_requests", "CreatedAt"), ("admin_consent_requests", "ExpiresAt"), ("admin_consent_requests", "GrantedAt"),
            ("gmail_quota_windows", "WindowStart"),
            ("folder_cursors", "BackfillBefore"), ("folder_cursors", "DeltaCapExceededAt"), ("folder_cursors", "RoundOldestReceivedAt"),
            ("folder_cursors", "RoundStartedAt"), ("folder_cursors", "SubscriptionExpiresAt"),
            ("mail_events", "OriginalAt"), ("mail_events", "ProcessedAt"), ("mail_events", "ReceivedAt"),
            ("mailbox_connections", "CreatedAt"), ("mailbox_connections", "LastSuccessfulSyncAt"), ("mailbox_connections", "LeaseUntil"),
            ("mailbox_connections", "NextSyncAt"), ("mailbox_connections", "SyncFailingSince"),
            ("pending_authorizations", "ExpiresAt"),
            ("sync_runs", "EndedAt"), ("sync_runs", "StartedAt"),
            ("applications", "CreatedAt"), ("applications", "LastActivityAt"), ("applications", "StatusSetAt"), ("applications", "UpdatedAt"),
            ("application_notes", "At"),
            ("status_changes", "At"),
        ];

        /// <summary>Packed binary → UTC ticks.</summary>
        public static string ToUtcTicks(string column)
        {
            var offsetMinutes = $"(CASE WHEN ({column} & 2047) >= 1024 THEN ({column} & 2047) - 2048 ELSE ({column} & 2047) END)";
            return $"({column} >> 11) * 1000 - {offsetMinutes} * 600000000";
        }

        /// <summary>UTC ticks → packed binary with offset zero.</summary>
        public static string ToPackedBinary(string column) => $"({column} / 1000) << 11";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Convert(migrationBuilder, ToUtcTicks);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Convert(migrationBuilder, ToPackedBinary);

        private static void Convert(MigrationBuilder migrationBuilder, Func<string, string> expression)
        {
            foreach (var (table, column) in Columns)
            {
                var quoted = $"\"{column}\"";
                migrationBuilder.Sql($"UPDATE \"{table}\" SET {quoted} = {expression(quoted)} WHERE {quoted} IS NOT NULL;");
            }
        }
    }
}
