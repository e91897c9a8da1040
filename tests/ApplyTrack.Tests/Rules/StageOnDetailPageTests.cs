using System.Net;
using System.Net.Http.Json;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Rules;

/// <summary>The stage control on an application's page: Premium people with stages pick one; Free people see none.</summary>
public sealed class StageOnDetailPageTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{

    [Fact]
    public async Task A_stage_of_another_status_is_set_from_the_page_and_moves_the_card()
    {
        var client = await app.CreateSignedInClientAsync();
        var id = (await client.CreateApplicationAsync("Contoso", "Designer", "applied")).GetProperty("id").GetGuid();
        await RuleSyncTests.PutStagesAsync(client, "interviewing", "Phone screen", "Onsite");
        var stages = (await (await client.GetAsync("/api/stages")).ReadJsonAsync()).EnumerateArray().ToList();
        var onsite = stages.Single(s => s.GetProperty("name").GetString() == "Onsite").GetProperty("id").GetGuid();

        var page = await client.GetStringAsync($"/applications/{id}");
        var set = await client.PostAsync($"/applications/{id}?handler=Stage", HttpAssertions.PageForm(page, ("StageId", onsite.ToString())));
        var after = await (await client.GetAsync($"/api/applications/{id}")).ReadJsonAsync();
        var shown = await client.GetStringAsync($"/applications/{id}");
        var cleared = await client.PostAsync($"/applications/{id}?handler=Stage", HttpAssertions.PageForm(shown, ("StageId", "")));
        var unknown = await client.PostAsync($"/applications/{id}?handler=Stage", HttpAssertions.PageForm(shown, ("StageId", Guid.NewGuid().ToString())));
        var afterClear = await (await client.GetAsync($"/api/applications/{id}")).ReadJsonAsync();

        Assert.Contains("<optgroup label=\"Interviewing\">", page);
        Assert.Contains(">Phone screen</option>", page);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("interviewing", after.GetProperty("status").GetString());
        Assert.Contains($"<option value=\"{onsite}\" selected=\"selected\">Onsite</option>", shown);
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("interviewing", afterClear.GetProperty("status").GetString());
        Assert.Contains("<option value=\"\" selected=\"selected\">No stage</option>", await client.GetStringAsync($"/applications/{id}"));
    }

    [Fact]
    public async Task Free_plans_and_people_without_stages_see_no_stage_control()
    {
        var email = $"free-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        var id = (await client.CreateApplicationAsync("Contoso", "Designer", "applied")).GetProperty("id").GetGuid();
        var noStages = await client.GetStringAsync($"/applications/{id}");
        await RuleSyncTests.PutStagesAsync(client, "interviewing", "Onsite");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, user, Plan.Free, CancellationToken.None);
        }

        var page = await client.GetStringAsync($"/applications/{id}");
        var refused = await client.PostAsync($"/applications/{id}?handler=Stage", HttpAssertions.PageForm(page, ("StageId", "")));

        Assert.DoesNotContain("id=\"stage-form\"", noStages);
        Assert.DoesNotContain("id=\"stage-form\"", page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Stages are part of Premium.", await client.GetStringAsync($"/applications/{id}"));
    }

    [Fact]
    public async Task Saved_may_have_stages_but_no_rule_may_set_saved_or_withdrawn()
    {
        var client = await app.CreateSignedInClientAsync();

        await RuleSyncTests.PutStagesAsync(client, "saved", "To research", "Ready to apply");
        var saved = await client.PostAsJsonAsync("/api/rules", RuleSyncTests.Rule("x", [RuleSyncTests.Condition("label", "is", "applied")], [RuleSyncTests.Action("setStatus", "saved")]));
        var withdrawn = await client.PostAsJsonAsync("/api/rules", RuleSyncTests.Rule("x", [RuleSyncTests.Condition("label", "is", "applied")], [RuleSyncTests.Action("setStatus", "withdrawn")]));
        var stages = (await (await client.GetAsync("/api/stages")).ReadJsonAsync()).EnumerateArray().ToList();

        Assert.Contains("Saved is for jobs you have not applied to", (await saved.AssertProblemAsync(HttpStatusCode.BadRequest)).GetRawText());
        Assert.Contains("Only you can withdraw", (await withdrawn.AssertProblemAsync(HttpStatusCode.BadRequest)).GetRawText());
        Assert.Equal(["To research", "Ready to apply"], stages.Where(s => s.GetProperty("status").GetString() == "saved").Select(s => s.GetProperty("name").GetString()!).ToArray());
    }
}
