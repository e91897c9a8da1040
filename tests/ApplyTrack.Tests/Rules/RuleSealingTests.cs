using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Data.Sqlite;
using static ApplyTrack.Tests.Rules.RuleSyncTests;

namespace ApplyTrack.Tests.Rules;

/// <summary>
/// What a person writes in their rules (addresses, domains, words, names, notes) is encrypted at rest like the rest of the
/// stored metadata, and rules written in plain text by an earlier version are sealed at start-up and keep working.
/// </summary>
public sealed class RuleSealingTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    [Fact]
    public async Task Rule_values_are_not_in_the_database_in_clear_yet_rules_match_and_export_and_import_round_trip()
    {
        var client = await app.CreateSignedInClientAsync();
        var (address, domain, word, name, note, company) = (TestMail.Marker(), TestMail.Marker(), TestMail.Marker(), TestMail.Marker(), TestMail.Marker(), TestMail.Marker());
        // Never fires: its values appear nowhere but in the rule.
        var quiet = await CreateRuleAsync(client, Rule("Quiet", [
            Condition("sender", "is", $"{address}@{domain}.example"), Condition("subject", "contains", word), Condition("senderName", "is", name)],
            [Action("addNote", note), Action("assignCompany", company)], match: "any"));
        // Fires on the invitation below.
        await CreateRuleAsync(client, Rule("Loop", [Condition("sender", "domain", "fabrikam.example")], [Action("tag", "sealed-check")]));

        var mailboxEmail = $"sealed-{Guid.NewGuid():N}@sandbox.test";
        app.Mailbox(mailboxEmail).Add(TestMail.InterviewInvite("Fabrikam", "Data Scientist", DateTimeOffset.UtcNow.AddDays(-1)));
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        await Eventually.WaitAsync(async () => (await client.ActivityAsync()).All(e => e.GetProperty("outcome").GetString() != "pending"),
            TimeSpan.FromSeconds(20), "every stored email applied");

        var application = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().Single();
        Assert.Equal(["sealed-check"], application.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var database = app.ReadDatabaseFilesAsText();
        foreach (var value in new[] { address, domain, word, name, note, company })
        {
            Assert.DoesNotContain(value, database);
        }
        var listed = await client.GetStringAsync($"/api/rules/{quiet.GetProperty("id").GetString()}");
        Assert.Contains($"{address}@{domain}.example", listed);
        Assert.Contains(note, listed);

        // A changed rule is sealed again: the new value readable through the API, absent from the files.
        var changedWord = TestMail.Marker();
        var put = await client.PutAsJsonAsync($"/api/rules/{quiet.GetProperty("id").GetString()}", Rule("Quiet", [Condition("subject", "contains", changedWord)],
            [Action("addNote", note)]));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Contains(changedWord, await client.GetStringAsync($"/api/rules/{quiet.GetProperty("id").GetString()}"));
        Assert.DoesNotContain(changedWord, app.ReadDatabaseFilesAsText());

        // Export, replace everything with the export, export again: the same rules.
        var exported = await (await client.GetAsync("/api/rules/export")).ReadJsonAsync();
        var document = JsonSerializer.Deserialize<Dictionary<string, object>>(exported.GetRawText())!;
        document["replace"] = true;
        var imported = await client.PostAsJsonAsync("/api/rules/import", document);
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var again = await (await client.GetAsync("/api/rules/export")).ReadJsonAsync();
        Assert.Equal(exported.GetProperty("rules").GetRawText(), again.GetProperty("rules").GetRawText());
        Assert.Contains(changedWord, again.GetRawText());
        Assert.DoesNotContain(changedWord, app.ReadDatabaseFilesAsText());
    }

    [Fact]
    public async Task A_rule_an_earlier_version_stored_in_plain_text_is_sealed_at_start_up_and_still_fires()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("applytrack-sealing-").FullName;
        var credentials = new { email = $"sealing-{Guid.NewGuid():N}@example.com", password = "correct horse battery" };
        var word = TestMail.Marker();
        string ruleId;
        await using (var first = new OutlookApplication { SharedDataDirectory = dataDirectory })
        {
            await ((IAsyncLifetime)first).InitializeAsync();
            var client = first.CreateCookieClient();
            (await client.PostAsJsonAsync("/api/account/register", credentials)).EnsureSuccessStatusCode();
            ruleId = (await CreateRuleAsync(client, Rule("Old", [Condition("sender", "domain", "contoso.example"), Condition("subject", "contains", "application")],
                [Action("tag", word)]))).GetProperty("id").GetString()!;
        }

        // What the migration leaves of a rule an earlier version wrote: its plain JSON columns, nothing sealed.
        var database = Path.Combine(dataDirectory, "applytrack.db");
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE mail_rules SET "Definition" = NULL,
                  "Conditions" = '[{"field":"sender","operator":"domain","value":"contoso.example"},{"field":"subject","operator":"contains","value":"application"}]',
                  "Actions" = $actions
                WHERE "Id" = $id COLLATE NOCASE
                """;
            command.Parameters.AddWithValue("$actions", $$"""[{"type":"tag","value":"{{word}}"}]""");
            command.Parameters.AddWithValue("$id", ruleId);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        await using var second = new OutlookApplication { SharedDataDirectory = dataDirectory };
        await ((IAsyncLifetime)second).InitializeAsync();
        var again = second.CreateCookieClient();
        (await again.PostAsJsonAsync("/api/account/login", credentials)).EnsureSuccessStatusCode();
        Assert.DoesNotContain(word, second.ReadDatabaseFilesAsText());
        Assert.DoesNotContain("contoso.example", second.ReadDatabaseFilesAsText());
        var rule = await (await again.GetAsync($"/api/rules/{ruleId}")).ReadJsonAsync();
        Assert.Equal(word, rule.GetProperty("actions")[0].GetProperty("value").GetString());

        var mailboxEmail = $"sealing-{Guid.NewGuid():N}@sandbox.test";
        second.Mailbox(mailboxEmail).Add(TestMail.Receipt("Contoso", "Designer", DateTimeOffset.UtcNow.AddDays(-1)));
        var connectionId = await second.ConnectOutlookAsync(again, mailboxEmail);
        await again.WaitForSuccessfulSyncAsync(connectionId);
        await Eventually.WaitAsync(async () => (await again.ActivityAsync()).All(e => e.GetProperty("outcome").GetString() != "pending"),
            TimeSpan.FromSeconds(20), "every stored email applied");
        var application = (await (await again.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().Single();
        Assert.Equal([word], application.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }
}
