using System.Net;
using System.Net.Http.Json;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using static ApplyTrack.Tests.Rules.RuleSyncTests;

namespace ApplyTrack.Tests.Rules;

/// <summary>Rules, stages and tags on PostgreSQL (its own migration set; tags are a text array there).</summary>
public sealed class PostgresRuleTests(PostgresOutlookApplication app) : IClassFixture<PostgresOutlookApplication>
{
    [Fact]
    public async Task On_PostgreSQL_a_rule_sets_stage_tag_and_note_and_apply_to_past_is_idempotent()
    {
        var client = await app.CreateSignedInClientAsync();
        await PutStagesAsync(client, "interviewing", "Phone screen", "Onsite");
        await CreateRuleAsync(client, Rule("Fabrikam", [Condition("sender", "domain", "fabrikam.example")],
            [Action("setStage", "interviewing/Phone screen"), Action("tag", "referral"), Action("addNote", "Ask about the team")]));
        var mailboxEmail = $"pg-rules-{Guid.NewGuid():N}@sandbox.test";
        app.Mailbox(mailboxEmail).Add(TestMail.InterviewInvite("Fabrikam", "Data Scientist", DateTimeOffset.UtcNow.AddDays(-1)));
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        await Eventually.WaitAsync(async () => (await client.ActivityAsync()).All(e => e.GetProperty("outcome").GetString() != "pending"), TimeSpan.FromSeconds(20), "applied");

        var application = (await (await client.GetAsync("/api/applications")).ReadJsonAsync())[0];
        Assert.Equal("Phone screen", application.GetProperty("stage").GetString());
        Assert.Equal(["referral"], application.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        var start = await client.PostAsJsonAsync("/api/rules/apply-to-past", new { days = 30 });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        await Eventually.WaitAsync(async () => (await (await client.GetAsync("/api/rules/apply-to-past")).ReadJsonAsync()).GetProperty("state").GetString() == "done",
            TimeSpan.FromSeconds(30), "apply to past mail");
        var again = (await (await client.GetAsync("/api/applications")).ReadJsonAsync())[0];

        Assert.Equal(application.GetProperty("tags").GetRawText(), again.GetProperty("tags").GetRawText());
        Assert.Equal(application.GetProperty("notes").GetRawText(), again.GetProperty("notes").GetRawText());
        Assert.Equal("Phone screen", again.GetProperty("stage").GetString());
        var exported = await (await client.GetAsync("/api/rules/export")).ReadJsonAsync();
        Assert.Equal("applytrack-rules", exported.GetProperty("format").GetString());
    }
}
