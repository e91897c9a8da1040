using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ApplyTrack.Features.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RulesSealed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The plain columns keep their rows: SQL cannot encrypt, so RuleSealing.SealPlainRulesAsync seals them at
            // start-up (DatabaseInitializer) and empties these columns.
            migrationBuilder.AlterColumn<string>(
                name: "Conditions",
                table: "mail_rules",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20000)",
                oldMaxLength: 20000);

            migrationBuilder.AlterColumn<string>(
                name: "Actions",
                table: "mail_rules",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20000)",
                oldMaxLength: 20000);

            migrationBuilder.AddColumn<byte[]>(
                name: "Definition",
                table: "mail_rules",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQL cannot decrypt: a rule sealed by this version comes back with no conditions and no actions (it never fires).
            migrationBuilder.Sql("""UPDATE mail_rules SET "Conditions" = '[]' WHERE "Conditions" IS NULL""");
            migrationBuilder.Sql("""UPDATE mail_rules SET "Actions" = '[]' WHERE "Actions" IS NULL""");
            migrationBuilder.DropColumn(
                name: "Definition",
                table: "mail_rules");

            migrationBuilder.AlterColumn<string>(
                name: "Conditions",
                table: "mail_rules",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "[]",
                oldClrType: typeof(string),
                oldType: "character varying(20000)",
                oldMaxLength: 20000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Actions",
                table: "mail_rules",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "[]",
                oldClrType: typeof(string),
                oldType: "character varying(20000)",
                oldMaxLength: 20000,
                oldNullable: true);
        }
    }
}
