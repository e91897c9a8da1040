using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Audit;
using ApplyTrack.Features.Data;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Accounts;

/// <summary>
/// The security audit log over real HTTP, on both databases: each account event is written exactly once, a user sees only
/// their own, the account-deleted event outlives the account, retention deletes old events, and the operator's export is
/// one JSON object a line.
/// </summary>
public abstract class AuditLogTests(ApplyTrackApplication app)
{
    private const string Password = "correct horse battery";

    private async Task<T> WithDbAsync<T>(Func<ApplyTrackDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>());
    }

    private Task<List<AuditEvent>> EventsOfAsync(string userId) =>
        WithDbAsync(db => db.Set<AuditEvent>().AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync());

    private static async Task<string> UserIdAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/me")).ReadJsonAsync()).GetProperty("id").GetString()!;

    private static async Task<List<JsonElement>> SecurityLogAsync(HttpClient client, string query = "") =>
        [.. (await (await client.GetAsync($"/api/me/security-log{query}")).ReadJsonAsync()).EnumerateArray()];

    private async Task SetPlanAsync(string userId, Plan plan)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, user, plan, CancellationToken.None);
    }

    [Fact]
    public async Task Changing_the_password_checks_the_current_one_signs_out_other_sessions_and_is_logged_once()
    {
        var email = $"password-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        var otherSession = app.CreateCookieClient();
        (await otherSession.PostAsJsonAsync("/api/account/login", new { email, password = Password })).EnsureSuccessStatusCode();
        var userId = await UserIdAsync(client);

        var wrong = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = "not it at all", newPassword = "a brand new passphrase" });
        var common = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = Password, newPassword = "password123" });
        var missing = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = Password });
        var changed = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = Password, newPassword = "a brand new passphrase" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.ReadJsonAsync()).GetProperty("errors").TryGetProperty("currentPassword", out _));
        Assert.Equal(HttpStatusCode.BadRequest, common.StatusCode);
        Assert.Contains("common", (await common.ReadJsonAsync()).GetProperty("errors").GetProperty("newPassword")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        // This session goes on; the other one is signed out at its next request.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherSession.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateCookieClient().PostAsJsonAsync("/api/account/login", new { email, password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateCookieClient().PostAsJsonAsync("/api/account/login", new { email, password = "a brand new passphrase" })).StatusCode);

        var events = await EventsOfAsync(userId);
        Assert.Single(events, e => e.Kind == AuditKind.PasswordChanged);
        // The wrong current password, then the old password tried at sign-in after the change; the renewed session is no sign-in.
        Assert.Single(events, e => e.Kind == AuditKind.SignInFailed && e.Detail == "current password wrong when changing it");
        Assert.Equal(2, events.Count(e => e.Kind == AuditKind.SignInFailed));
        Assert.Equal([AuditKind.SignIn, AuditKind.SignIn, AuditKind.PasswordChanged, AuditKind.SignIn],
            events.Where(e => e.Kind is AuditKind.SignIn or AuditKind.PasswordChanged).Select(e => e.Kind).ToArray());
        Assert.All(events, e => Assert.DoesNotContain("passphrase", e.Detail ?? ""));
        Assert.All(events, e => Assert.DoesNotContain(Password, e.Detail ?? ""));
    }

    [Fact]
    public async Task The_password_form_on_the_account_page_changes_it_and_says_so()
    {
        var email = $"password-page-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        var page = await (await client.GetAsync("/settings/account")).Content.ReadAsStringAsync();
        Assert.Contains("Change your password", page);

        var differ = await client.PostAsync("/settings/account?handler=Password", HttpAssertions.PageForm(page, ("currentPassword", Password), ("newPassword", "another long passphrase"), ("confirmPassword", "a different one")));
        var done = await client.PostAsync("/settings/account?handler=Password", HttpAssertions.PageForm(page, ("currentPassword", Password), ("newPassword", "another long passphrase"), ("confirmPassword", "another long passphrase")));

        Assert.Contains("The two new passwords differ.", await differ.Content.ReadAsStringAsync());
        Assert.Contains("Your password was changed.", await done.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateCookieClient().PostAsJsonAsync("/api/account/login", new { email, password = "another long passphrase" })).StatusCode);
    }

    [Fact]
    public async Task Export_plan_changes_and_rule_changes_are_each_logged_once_without_email_content()
    {
        var client = await app.CreateSignedInClientAsync();
        var userId = await UserIdAsync(client);

        await SetPlanAsync(userId, Plan.Premium);
        await SetPlanAsync(userId, Plan.Premium);   // no change: nothing to log
        (await client.GetAsync("/api/me/export")).EnsureSuccessStatusCode();
        var ruleId = (await Rules.RuleSyncTests.CreateRuleAsync(client, Rules.RuleSyncTests.Rule("Recruiter spam",
            [Rules.RuleSyncTests.Condition("label", "is", "applied")], [Rules.RuleSyncTests.Action("stop")]))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/rules/{ruleId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/rules/{ruleId}")).StatusCode);

        var events = await EventsOfAsync(userId);
        var plan = Assert.Single(events, e => e.Kind == AuditKind.PlanChanged);
        Assert.Equal("Free → Premium", plan.Detail);
        Assert.Null(plan.IpAddress);
        var export = Assert.Single(events, e => e.Kind == AuditKind.DataExported);
        Assert.NotNull(export.IpAddress);
        Assert.Equal(["Added rule “Recruiter spam”", "Deleted rule “Recruiter spam”"],
            events.Where(e => e.Kind == AuditKind.RulesChanged).Select(e => e.Detail!).ToArray());
        var shown = await SecurityLogAsync(client);
        Assert.Equal(events.Count, shown.Count);
        Assert.Equal("rulesChanged", shown[0].GetProperty("event").GetString(), ignoreCase: true);
        Assert.Contains(shown, e => e.GetProperty("description").GetString() == "Plan changed");
    }

    [Fact]
    public async Task Each_user_sees_only_their_own_security_log()
    {
        var alice = await app.CreateSignedInClientAsync();
        var bob = await app.CreateSignedInClientAsync();
        (await alice.GetAsync("/api/me/export")).EnsureSuccessStatusCode();
        var aliceId = await UserIdAsync(alice);

        var bobsLog = await SecurityLogAsync(bob);
        var bobsPage = await (await bob.GetAsync("/settings/security")).Content.ReadAsStringAsync();

        Assert.DoesNotContain(bobsLog, e => e.GetProperty("event").GetString() == "DataExported");
        Assert.DoesNotContain("Data exported", bobsPage);
        Assert.Contains(await SecurityLogAsync(alice), e => e.GetProperty("event").GetString() == "DataExported");
        Assert.All(await EventsOfAsync(aliceId), e => Assert.Equal(aliceId, e.UserId));
        Assert.Equal(HttpStatusCode.BadRequest, (await bob.GetAsync("/api/me/security-log?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateCookieClient().GetAsync("/api/me/security-log")).StatusCode);
    }

    [Fact]
    public async Task The_security_log_pages_newest_first()
    {
        var client = await app.CreateSignedInClientAsync();
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/api/me/export")).EnsureSuccessStatusCode();
        }

        var first = await SecurityLogAsync(client, "?limit=2");
        var next = await SecurityLogAsync(client, $"?limit=2&before={Uri.EscapeDataString(first[^1].GetProperty("at").GetDateTimeOffset().ToString("O"))}");

        Assert.Equal(2, first.Count);
        Assert.True(first[0].GetProperty("at").GetDateTimeOffset() >= first[1].GetProperty("at").GetDateTimeOffset());
        Assert.Equal(2, next.Count);   // the third export and the sign-in
        Assert.Equal("SignIn", next[^1].GetProperty("event").GetString());
    }

    [Fact]
    public async Task Deleting_the_account_leaves_only_the_account_deleted_event()
    {
        var client = await app.CreateSignedInClientAsync();
        var userId = await UserIdAsync(client);
        (await client.GetAsync("/api/me/export")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/me")).StatusCode);

        var left = Assert.Single(await EventsOfAsync(userId));
        Assert.Equal(AuditKind.AccountDeleted, left.Kind);
        Assert.NotNull(left.IpAddress);
        Assert.False(await WithDbAsync(db => db.Users.AnyAsync(u => u.Id == userId)));
    }

    [Fact]
    public async Task Retention_deletes_events_older_than_the_setting_and_keeps_the_rest()
    {
        var client = await app.CreateSignedInClientAsync();
        var userId = await UserIdAsync(client);
        var now = DateTimeOffset.UtcNow;
        await WithDbAsync(async db =>
        {
            db.Set<AuditEvent>().Add(AuditEvent.Create(userId, AuditKind.DataExported, now.AddDays(-400), detail: "old"));
            db.Set<AuditEvent>().Add(AuditEvent.Create(userId, AuditKind.DataExported, now.AddDays(-300), detail: "recent"));
            return await db.SaveChangesAsync();
        });
        var retention = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuditOptions>>().Value.RetentionDays;

        var deleted = await WithDbAsync(db => AuditRetention.PruneAsync(db, retention, now, CancellationToken.None));

        Assert.Equal(365, retention);
        Assert.True(deleted >= 1);
        var details = (await EventsOfAsync(userId)).Select(e => e.Detail).ToList();
        Assert.DoesNotContain("old", details);
        Assert.Contains("recent", details);
        Assert.Equal(0, await WithDbAsync(db => db.Set<AuditEvent>().CountAsync(e => e.At < now.AddDays(-365))));
    }

    [Fact]
    public async Task The_operator_export_is_one_json_object_a_line_since_the_given_time()
    {
        var client = await app.CreateSignedInClientAsync();
        var userId = await UserIdAsync(client);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        await WithDbAsync(async db =>
        {
            db.Set<AuditEvent>().Add(AuditEvent.Create(userId, AuditKind.DataExported, since.AddDays(-2), detail: "before"));
            return await db.SaveChangesAsync();
        });
        (await client.GetAsync("/api/me/export")).EnsureSuccessStatusCode();

        var writer = new StringWriter();
        var count = await WithDbAsync(db => AuditCommands.WriteAsync(db, since, writer, CancellationToken.None));

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, lines.Length);
        var mine = lines.Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("user_id").GetString() == userId).ToList();
        Assert.Equal(["SignIn", "DataExported"], mine.Select(e => e.GetProperty("event").GetString()!).ToArray());
        Assert.All(mine, e =>
        {
            Assert.Equal(["id", "time", "user_id", "event", "description", "ip", "user_agent", "detail"], e.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.Equal(TimeSpan.Zero, e.GetProperty("time").GetDateTimeOffset().Offset);
        });
        Assert.DoesNotContain(lines, l => l.Contains("\"before\"", StringComparison.Ordinal));
        var times = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("time").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderBy(t => t), times);
    }

}

public sealed class SqliteAuditLogTests(SqliteApplication app) : AuditLogTests(app), IClassFixture<SqliteApplication>;

public sealed class PostgresAuditLogTests(PostgresApplication app) : AuditLogTests(app), IClassFixture<PostgresApplication>;

/// <summary>`applytrack audit export` as the operator runs it: a real command line against the app's database.</summary>
public sealed class AuditExportCommandTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    [Fact]
    public async Task The_command_writes_json_lines_to_a_file_and_refuses_a_date_it_cannot_read()
    {
        var email = $"audit-cli-{Guid.NewGuid():N}@example.com";
        await app.CreateSignedInClientAsync(email);
        var file = Path.Combine(app.DataFolder, "audit.jsonl");
        var root = new RootCommand { AuditCommands.Create() };

        var exit = await root.Parse(["audit", "export", "--since", DateTimeOffset.UtcNow.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), "--output", file, $"--ApplyTrack:DataDirectory={app.DataFolder}"]).InvokeAsync();
        var bad = await root.Parse(["audit", "export", "--since", "last tuesday", $"--ApplyTrack:DataDirectory={app.DataFolder}"]).InvokeAsync();

        Assert.Equal(0, exit);
        Assert.Equal(2, bad);
        var lines = await File.ReadAllLinesAsync(file);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        Assert.Contains(lines, l => l.Contains("\"event\":\"SignIn\"", StringComparison.Ordinal));
    }
}
