using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Rules;

/// <summary>
/// A person's rules acting on real syncs: the app over real HTTP against the mail sandbox (Graph), its real database,
/// each rule written through the JSON API the rules page uses.
/// </summary>
public sealed class RuleSyncTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task A_rule_marking_a_sender_not_job_stops_storage_for_that_sender()
    {
        var ignored = TestMail.Receipt("Spammy Staffing", "Anything", Now.AddDays(-2));
        var kept = TestMail.Receipt("Contoso", "Designer", Now.AddDays(-1));
        var (client, _) = await SyncWithRulesAsync([ignored, kept],
            Rule("Agency blasts", [Condition("sender", "domain", "spammystaffing.example")], [Action("notJob")]));

        var activity = await client.ActivityAsync();
        var statuses = await client.StatusesAsync();

        Assert.Single(activity);
        Assert.Equal(["Contoso"], statuses.Keys);
        var database = app.ReadDatabaseFilesAsText();
        Assert.DoesNotContain("Spammy", database);
        Assert.DoesNotContain(Body(ignored), database);
        var rule = (await (await client.GetAsync("/api/rules")).ReadJsonAsync())[0];
        Assert.Equal(1, rule.GetProperty("firedCount").GetInt32());
    }

    [Fact]
    public async Task Stage_tag_and_note_actions_act_on_the_matched_application_and_the_activity_log_names_the_rule()
    {
        var client = await app.CreateSignedInClientAsync();
        await PutStagesAsync(client, "interviewing", "Phone screen", "Technical", "Onsite", "Final");
        var invite = TestMail.InterviewInvite("Fabrikam", "Data Scientist", Now.AddDays(-1));
        await SyncWithRulesAsync(client, [invite],
            Rule("Fabrikam loop", [Condition("subject", "contains", "interview invitation")],
                [Action("setStage", "interviewing/Technical"), Action("tag", "referral"), Action("addNote", "Ask Dana about the team")]));

        var application = (await (await client.GetAsync("/api/applications")).ReadJsonAsync())[0];
        var email = (await client.ActivityAsync()).Single();
        var board = await client.GetStringAsync("/board");

        Assert.Equal("interviewing", application.GetProperty("status").GetString());
        Assert.Equal("Technical", application.GetProperty("stage").GetString());
        Assert.Equal(["referral"], application.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains(application.GetProperty("notes").EnumerateArray(), n => n.GetProperty("text").GetString() == "Ask Dana about the team");
        Assert.Equal("Rule “Fabrikam loop”: stage Technical, tag referral, note added.", email.GetProperty("rulesFired").GetString());
        Assert.Contains("stage Technical", email.GetProperty("outcomeDetail").GetString());
        // The column groups its cards by stage, and the card shows its stage and tags.
        Assert.Contains("class=\"stage-head\"", board);
        Assert.Contains("<span class=\"visually-hidden\">Stage: </span>Technical", board);
        Assert.Contains("<li class=\"tag\">referral</li>", board);
    }

    [Fact]
    public async Task Job_email_label_and_company_actions_rescue_what_the_classifier_dropped()
    {
        var (newsletter, marker) = TestMail.NonJob(1, Now.AddDays(-1));
        var (client, _) = await SyncWithRulesAsync([newsletter],
            Rule("Digest is my recruiter", [Condition("sender", "is", "news@weeklydigest.example")],
                [Action("jobEmail", "interviewing"), Action("assignCompany", "Weekly Digest Media")]));

        var email = (await client.ActivityAsync()).Single();

        Assert.Equal("interviewing", email.GetProperty("label").GetString());
        Assert.Equal("interviewing", (await client.StatusesAsync())["Weekly Digest Media"]);
        Assert.Contains(marker, email.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Set_status_asks_the_state_machine_and_assign_puts_the_email_on_the_chosen_application()
    {
        var client = await app.CreateSignedInClientAsync();
        var chosen = await client.CreateApplicationAsync("Northwind Traders", "Buyer");
        var receipt = TestMail.Receipt("Adatum", "Analyst", Now.AddDays(-2));
        var rejection = TestMail.Rejection("Tailspin", "Pilot", Now.AddDays(-1));
        await SyncWithRulesAsync(client, [receipt, rejection],
            Rule("Adatum is an offer", [Condition("sender", "domain", "adatum.example")], [Action("setStatus", "offer")]),
            Rule("Tailspin is Northwind", [Condition("senderName", "contains", "tailspin")], [Action("assignApplication", chosen.GetProperty("id").GetString()!)]));

        var statuses = await client.StatusesAsync();
        var assigned = (await client.ActivityAsync()).Single(e => e.GetProperty("label").GetString() == "rejected");

        Assert.Equal("offer", statuses["Adatum"]);
        Assert.False(statuses.ContainsKey("Tailspin"));
        Assert.Equal(chosen.GetProperty("id").GetGuid(), assigned.GetProperty("applicationId").GetGuid());
        // The rejection is older than the person's own choice of status: the state machine keeps theirs.
        Assert.Equal("applied", statuses["Northwind Traders"]);
        Assert.Contains("decided after this email", assigned.GetProperty("outcomeDetail").GetString());
    }

    [Fact]
    public async Task Rules_run_in_order_and_the_first_stop_ends_the_list_during_a_sync()
    {
        var (client, _) = await SyncWithRulesAsync([TestMail.Receipt("Contoso", "Designer", Now.AddDays(-1))],
            Rule("first", [Condition("label", "is", "applied")], [Action("tag", "first"), Action("stop")]),
            Rule("second", [Condition("event", "is", "application_received")], [Action("tag", "second")]));

        var application = (await (await client.GetAsync("/api/applications")).ReadJsonAsync())[0];

        Assert.Equal(["first"], application.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Rule “first”: tag first, stop.", (await client.ActivityAsync()).Single().GetProperty("rulesFired").GetString());
    }

    [Fact]
    public async Task A_body_condition_is_evaluated_during_the_sync_and_the_body_is_never_stored()
    {
        var bodyMarker = TestMail.Marker();
        var receipt = TestMail.Receipt("Contoso", "Designer", Now.AddDays(-1)) is var r ? r with { TextBody = r.TextBody + $"\nReferral code {bodyMarker}" } : null!;
        var (client, _) = await SyncWithRulesAsync([receipt],
            Rule("Referral", [Condition("body", "contains", bodyMarker), Condition("mailbox", "is", "placeholder")], [Action("tag", "referral")], match: "any"));

        var application = (await (await client.GetAsync("/api/applications")).ReadJsonAsync())[0];

        Assert.Equal(["referral"], application.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        // The rule itself holds the marker the person typed (encrypted at rest is not promised for rules), so scan for
        // the body's own text instead: none of it is anywhere in the database.
        var database = app.ReadDatabaseFilesAsText();
        Assert.DoesNotContain("recruiting team will review it carefully", database);
        Assert.DoesNotContain($"Referral code {bodyMarker}", database);
        Assert.DoesNotContain(Body(receipt), database);
    }

    [Fact]
    public async Task Apply_to_past_mail_re_reads_each_message_from_the_provider_and_is_idempotent()
    {
        var bodyMarker = TestMail.Marker();
        var invite = TestMail.InterviewInvite("Fabrikam", "Data Scientist", Now.AddDays(-3)) is var i ? i with { TextBody = i.TextBody + $"\nPortfolio {bodyMarker}" } : null!;
        var receipt = TestMail.Receipt("Contoso", "Designer", Now.AddDays(-2));
        var (client, _) = await SyncWithRulesAsync([invite, receipt]);
        await PutStagesAsync(client, "interviewing", "Phone screen", "Onsite");
        await CreateRuleAsync(client, Rule("Portfolio", [Condition("body", "contains", bodyMarker)],
            [Action("setStage", "interviewing/Onsite"), Action("tag", "portfolio"), Action("addNote", "Bring the portfolio")]));
        await CreateRuleAsync(client, Rule("Contoso is not job", [Condition("sender", "domain", "contoso.example")], [Action("notJob")]));
        var log = app.Sandbox.Services.GetRequiredService<RequestLog>();
        var startedAt = DateTimeOffset.UtcNow;

        var first = await ApplyToPastAsync(client, days: 30);
        var reads = log.Recent(RequestLog.Capacity, SandboxSurface.Graph).Count(r => r.At >= startedAt && r.Method == "GET" && r.Path.Contains("/messages/", StringComparison.Ordinal));
        var afterFirst = await SnapshotAsync(client);
        var second = await ApplyToPastAsync(client, days: 30);
        var afterSecond = await SnapshotAsync(client);

        Assert.Equal((2, 2, 2, 1, 0), (first.GetProperty("total").GetInt32(), first.GetProperty("done").GetInt32(), first.GetProperty("matched").GetInt32(),
            first.GetProperty("removed").GetInt32(), first.GetProperty("unavailable").GetInt32()));
        Assert.True(reads >= 2, $"{reads} message reads at the provider");
        Assert.Contains("\"stage\":\"Onsite\"", afterFirst);
        Assert.Contains("portfolio", afterFirst);
        Assert.DoesNotContain("Contoso", afterFirst);
        Assert.Equal((1, 1, 0), (second.GetProperty("total").GetInt32(), second.GetProperty("matched").GetInt32(), second.GetProperty("removed").GetInt32()));
        Assert.Equal(afterFirst, afterSecond);
    }

    [Fact]
    public async Task Testing_a_rule_shows_what_it_would_have_matched_in_recent_metadata_and_says_body_conditions_need_new_mail()
    {
        var (client, _) = await SyncWithRulesAsync([TestMail.Receipt("Contoso", "Designer", Now.AddDays(-2)), TestMail.InterviewInvite("Fabrikam", "Analyst", Now.AddDays(-1))]);

        var bySender = await (await client.PostAsJsonAsync("/api/rules/test", Rule("t", [Condition("sender", "domain", "contoso.example")], []))).ReadJsonAsync();
        var byBody = await (await client.PostAsJsonAsync("/api/rules/test", Rule("t", [Condition("label", "is", "interviewing"), Condition("body", "contains", "slot")], []))).ReadJsonAsync();
        var invalid = await client.PostAsJsonAsync("/api/rules/test", Rule("t", [Condition("subject", "matches", "(unclosed")], []));

        Assert.Equal(2, bySender.GetProperty("scanned").GetInt32());
        Assert.Equal("We've received your application – Designer", bySender.GetProperty("matches").EnumerateArray().Single().GetProperty("subject").GetString());
        Assert.Equal(JsonValueKind.Null, bySender.GetProperty("note").ValueKind);
        var undecided = byBody.GetProperty("matches").EnumerateArray().Single();
        Assert.True(undecided.GetProperty("undecided").GetBoolean());
        Assert.Contains("new mail only", byBody.GetProperty("note").GetString());
        var problem = await invalid.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("regular expression", problem.GetProperty("errors").GetProperty("conditions[0]")[0].GetString());
    }

    [Fact]
    public async Task Rules_export_and_import_as_json_and_the_order_can_change()
    {
        var client = await app.CreateSignedInClientAsync();
        await PutStagesAsync(client, "interviewing", "Onsite");
        await CreateRuleAsync(client, Rule("One", [Condition("sender", "domain", "contoso.example")], [Action("setStage", "interviewing/Onsite")]));
        await CreateRuleAsync(client, Rule("Two", [Condition("subject", "matches", "^offer")], [Action("tag", "offer"), Action("stop")], match: "any"));
        var exported = await client.GetStringAsync("/api/rules/export");
        var other = await app.CreateSignedInClientAsync();
        await PutStagesAsync(other, "interviewing", "Onsite");

        var import = await other.PostAsync("/api/rules/import", new StringContent(exported, System.Text.Encoding.UTF8, "application/json"));
        var imported = await (await other.GetAsync("/api/rules")).ReadJsonAsync();
        var reordered = await other.PutAsJsonAsync("/api/rules/order", new { ids = imported.EnumerateArray().Reverse().Select(r => r.GetGuid("id")).ToArray() });
        var broken = await other.PostAsJsonAsync("/api/rules/import", new { format = "applytrack-rules", version = 1, rules = new[] { Rule("Bad", [Condition("colour", "is", "red")], [Action("stop")]) } });

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(["One", "Two"], imported.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("any", imported[1].GetProperty("match").GetString());
        Assert.Equal("When the subject matches the pattern “^offer” → tag “offer”, stop.", imported[1].GetProperty("summary").GetString());
        Assert.Equal(["Two", "One"], (await reordered.ReadJsonAsync()).EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        await broken.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(2, (await (await other.GetAsync("/api/rules")).ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task On_the_free_plan_the_rules_api_answers_403_saying_why_and_the_rules_do_not_run()
    {
        var email = $"free-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        await CreateRuleAsync(client, Rule("Tag all", [Condition("label", "is", "applied")], [Action("tag", "premium")]));
        await SetPlanAsync(email, Plan.Free);

        var list = await client.GetAsync("/api/rules");
        var create = await client.PostAsJsonAsync("/api/rules", Rule("x", [Condition("label", "is", "applied")], [Action("stop")]));
        var stages = await client.PutAsJsonAsync("/api/stages/interviewing", new { names = new[] { "Onsite" } });
        var page = await client.GetStringAsync("/settings/rules");
        await SyncWithRulesAsync(client, [TestMail.Receipt("Contoso", "Designer", Now.AddDays(-1))]);

        var problem = await list.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Premium", problem.GetProperty("title").GetString());
        Assert.Contains("Your plan is Free", problem.GetProperty("detail").GetString());
        await create.AssertProblemAsync(HttpStatusCode.Forbidden);
        await stages.AssertProblemAsync(HttpStatusCode.Forbidden);
        var main = page.Split("<main")[1].Split("</main>")[0];
        Assert.Contains("Premium", main);
        Assert.DoesNotContain("<input", main);
        Assert.DoesNotContain("<textarea", main);
        Assert.DoesNotContain("<button", main);
        var application = (await (await client.GetAsync("/api/applications")).ReadJsonAsync())[0];
        Assert.Empty(application.GetProperty("tags").EnumerateArray());
    }

    [Fact]
    public async Task Another_users_rules_are_not_found()
    {
        var owner = await app.CreateSignedInClientAsync();
        var rule = await CreateRuleAsync(owner, Rule("Mine", [Condition("label", "is", "applied")], [Action("stop")]));
        var stranger = await app.CreateSignedInClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/rules/{rule.GetGuid("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/rules/{rule.GetGuid("id")}")).StatusCode);
        Assert.Equal(0, (await (await stranger.GetAsync("/api/rules")).ReadJsonAsync()).GetArrayLength());
    }

    internal static object Rule(string name, object[] conditions, object[] actions, string match = "all") => new { name, match, conditions, actions };

    internal static object Condition(string field, string @operator, string value) => new { field, @operator, value };

    internal static object Action(string type, string? value = null) => new { type, value };

    internal static async Task<JsonElement> CreateRuleAsync(HttpClient client, object rule)
    {
        var response = await client.PostAsJsonAsync("/api/rules", rule);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    internal static async Task PutStagesAsync(HttpClient client, string status, params string[] names)
    {
        var response = await client.PutAsJsonAsync($"/api/stages/{status}", new { names });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpClient Client, Guid ConnectionId)> SyncWithRulesAsync(NewMailMessage[] messages, params object[] rules) =>
        await SyncWithRulesAsync(await app.CreateSignedInClientAsync(), messages, rules);

    private async Task<(HttpClient Client, Guid ConnectionId)> SyncWithRulesAsync(HttpClient client, NewMailMessage[] messages, params object[] rules)
    {
        foreach (var rule in rules)
        {
            await CreateRuleAsync(client, rule);
        }
        var mailboxEmail = $"rules-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        foreach (var message in messages)
        {
            mailbox.Add(message);
        }
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        // The sync applies what it stored once it has read everything: wait for no email to be pending.
        await Eventually.WaitAsync(async () => (await client.ActivityAsync()).All(e => e.GetProperty("outcome").GetString() != "pending"),
            TimeSpan.FromSeconds(20), "every stored email applied");
        return (client, connectionId);
    }

    private static async Task<JsonElement> ApplyToPastAsync(HttpClient client, int days)
    {
        var start = await client.PostAsJsonAsync("/api/rules/apply-to-past", new { days });
        Assert.True(start.StatusCode == HttpStatusCode.Accepted, await start.Content.ReadAsStringAsync());
        JsonElement progress = default;
        await Eventually.WaitAsync(async () =>
        {
            progress = await (await client.GetAsync("/api/rules/apply-to-past")).ReadJsonAsync();
            return progress.GetProperty("state").GetString() != "running";
        }, TimeSpan.FromSeconds(30), "apply to past mail to finish");
        Assert.Equal("done", progress.GetProperty("state").GetString());
        return progress;
    }

    /// <summary>The user's applications (names, statuses, stages, tags, notes, history) and emails, as one comparable string.</summary>
    private static async Task<string> SnapshotAsync(HttpClient client)
    {
        var applications = await (await client.GetAsync("/api/applications")).ReadJsonAsync();
        var parts = new List<string>();
        foreach (var a in applications.EnumerateArray().OrderBy(a => a.GetProperty("company").GetString()))
        {
            var history = await client.GetStringAsync($"/api/applications/{a.GetProperty("id").GetString()}/history");
            parts.Add($"{a.GetProperty("company")}|{a.GetProperty("status")}|\"stage\":{a.GetProperty("stage").GetRawText()}|{a.GetProperty("tags").GetRawText()}|{a.GetProperty("notes").GetRawText()}|{history}");
        }
        parts.AddRange((await client.ActivityAsync()).Select(e => $"{e.GetProperty("id")}|{e.GetProperty("label")}|{e.GetProperty("outcomeDetail")}|{e.GetProperty("rulesFired")}"));
        return string.Join("\n", parts);
    }

    private async Task SetPlanAsync(string email, Plan plan)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, user, plan, CancellationToken.None);
    }

    private static string Body(NewMailMessage message) => message.TextBody!.Split("ref ")[1].Trim();
}

internal static class JsonElementGuids
{
    public static Guid GetGuid(this JsonElement element, string property) => element.GetProperty(property).GetGuid();
}
