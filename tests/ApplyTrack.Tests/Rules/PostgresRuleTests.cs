using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Rules;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task Apply_to_past_progress_is_shared_through_the_database_and_a_silent_run_can_be_taken_over()
    {
        var client = await app.CreateSignedInClientAsync();
        var userId = (await (await client.GetAsync("/api/me")).ReadJsonAsync()).GetProperty("id").GetString()!;
        var now = DateTimeOffset.UtcNow;
        // Another instance is applying this user's rules, and writing its progress.
        await WithDbAsync(async db =>
        {
            db.Set<RuleReplayRun>().Add(new RuleReplayRun
            {
                UserId = userId, Days = 30, Total = 40, Done = 12, Matched = 3, StartedAt = now.AddSeconds(-20), HeartbeatAt = now, Owner = "another-instance",
            });
            return await db.SaveChangesAsync();
        });

        var progress = await (await client.GetAsync("/api/rules/apply-to-past")).ReadJsonAsync();
        var refused = await client.PostAsJsonAsync("/api/rules/apply-to-past", new { days = 7 });
        // That instance dies: its heartbeat stops.
        await WithDbAsync(db => db.Set<RuleReplayRun>().Where(r => r.UserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.HeartbeatAt, now - RuleReplays.Silence - TimeSpan.FromSeconds(5))));
        var silent = await (await client.GetAsync("/api/rules/apply-to-past")).ReadJsonAsync();
        var restarted = await client.PostAsJsonAsync("/api/rules/apply-to-past", new { days = 7 });
        await Eventually.WaitAsync(async () => (await (await client.GetAsync("/api/rules/apply-to-past")).ReadJsonAsync()).GetProperty("state").GetString() == "done",
            TimeSpan.FromSeconds(30), "the new run to finish");
        var done = await (await client.GetAsync("/api/rules/apply-to-past")).ReadJsonAsync();

        Assert.Equal("running", progress.GetProperty("state").GetString());
        Assert.Equal(12, progress.GetProperty("done").GetInt32());
        Assert.Equal(40, progress.GetProperty("total").GetInt32());
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("12 of 40", problem.GetProperty("detail").GetString());
        Assert.Equal("failed", silent.GetProperty("state").GetString());
        Assert.Equal(RuleReplays.Interrupted, silent.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Accepted, restarted.StatusCode);
        Assert.Equal(7, done.GetProperty("days").GetInt32());
        Assert.Equal(0, done.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("error").ValueKind);
    }

    private async Task<T> WithDbAsync<T>(Func<ApplyTrackDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>());
    }
}
