using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Duplicates;

/// <summary>Possible duplicates, merge, undo and "not a duplicate" over HTTP; runs once per database provider.</summary>
public abstract class DuplicatesApiTests(ApplyTrackApplication app)
{
    [Fact]
    public async Task An_ats_display_name_and_Sr_vs_Senior_are_one_pair_shown_on_both_cards_and_another_role_is_not()
    {
        var client = await app.CreateSignedInClientAsync();
        var viaAts = await IdAsync(client, "Acme via Greenhouse", "Sr. Software Engineer");
        var employer = await IdAsync(client, "Acme Inc.", "Senior Software Engineer");
        var otherRole = await IdAsync(client, "Acme", "Data Engineer");

        var list = await (await client.GetAsync("/api/duplicates")).ReadJsonAsync();
        var ofAts = await (await client.GetAsync($"/api/applications/{viaAts}/duplicates")).ReadJsonAsync();
        var ofEmployer = await (await client.GetAsync($"/api/applications/{employer}/duplicates")).ReadJsonAsync();
        var ofOtherRole = await (await client.GetAsync($"/api/applications/{otherRole}/duplicates")).ReadJsonAsync();

        Assert.True(list.GetProperty("enabled").GetBoolean());
        var pair = Assert.Single(list.GetProperty("pairs").EnumerateArray());
        Assert.Equal(new[] { viaAts, employer }.Order(), Ids(pair));
        Assert.Equal("sameJob", pair.GetProperty("reason").GetString());
        Assert.Equal(1, ofAts.GetArrayLength());
        Assert.Equal(1, ofEmployer.GetArrayLength());
        Assert.Equal(0, ofOtherRole.GetArrayLength());
        var board = await client.GetStringAsync("/board");
        Assert.Equal(2, CountOf(board, "Possible duplicate"));
    }

    [Fact]
    public async Task Merge_keeps_the_primary_with_one_merge_entry_and_the_other_is_gone()
    {
        var client = await app.CreateSignedInClientAsync();
        var primary = await IdAsync(client, "Contoso", "Designer");
        var other = await IdAsync(client, "Contoso Talent Team", "Designer");
        await client.PatchAsJsonAsync($"/api/applications/{other}", new { status = "interviewing" });
        await client.PostAsJsonAsync($"/api/applications/{other}/notes", new { text = "Portfolio review on Friday" });

        var merged = await (await client.PostAsJsonAsync($"/api/applications/{primary}/merge", new { otherId = other })).ReadJsonAsync();
        var history = (await (await client.GetAsync($"/api/applications/{primary}/history")).ReadJsonAsync()).EnumerateArray().ToList();

        Assert.Equal("interviewing", merged.GetProperty("status").GetString());
        Assert.Equal("Portfolio review on Friday", Assert.Single(merged.GetProperty("notes").EnumerateArray()).GetProperty("text").GetString());
        // The primary's creation, the other's creation and move, and exactly one entry for the merge.
        Assert.Equal(4, history.Count);
        var entry = Assert.Single(history, h => h.GetProperty("cause").GetString() == "merge");
        Assert.Contains("Merged with Contoso Talent Team · Designer", entry.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/applications/{other}")).StatusCode);
        Assert.Empty((await (await client.GetAsync("/api/duplicates")).ReadJsonAsync()).GetProperty("pairs").EnumerateArray());
    }

    [Fact]
    public async Task A_status_a_person_set_on_the_primary_stands_over_a_further_one()
    {
        var client = await app.CreateSignedInClientAsync();
        var primary = await IdAsync(client, "Fabrikam", "Analyst", "interviewing");
        await client.PatchAsJsonAsync($"/api/applications/{primary}", new { status = "applied" });
        var other = await IdAsync(client, "Fabrikam", "Analyst", "offer");

        var merged = await (await client.PostAsJsonAsync($"/api/applications/{primary}/merge", new { otherId = other })).ReadJsonAsync();

        Assert.Equal("applied", merged.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Undo_brings_the_merged_application_back_with_its_own_notes_and_history()
    {
        var client = await app.CreateSignedInClientAsync();
        var primary = await IdAsync(client, "Northwind", "Buyer");
        var other = await IdAsync(client, "Northwind Traders", "Senior Buyer");
        await client.PatchAsJsonAsync($"/api/applications/{other}", new { status = "interviewing" });
        await client.PostAsJsonAsync($"/api/applications/{other}/notes", new { text = "Call with the hiring manager" });
        await client.PostAsJsonAsync($"/api/applications/{primary}/notes", new { text = "Applied through the website" });
        await client.PostAsJsonAsync($"/api/applications/{primary}/merge", new { otherId = other });
        var merge = Assert.Single((await (await client.GetAsync("/api/merges")).ReadJsonAsync()).EnumerateArray());

        var response = await client.PostAsync($"/api/merges/{merge.GetProperty("id").GetGuid()}/undo", null);
        var again = await client.PostAsync($"/api/merges/{merge.GetProperty("id").GetGuid()}/undo", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var restored = await (await client.GetAsync($"/api/applications/{other}")).ReadJsonAsync();
        var kept = await (await client.GetAsync($"/api/applications/{primary}")).ReadJsonAsync();
        Assert.Equal(("Northwind Traders", "Senior Buyer", "interviewing"), (restored.GetProperty("company").GetString(), restored.GetProperty("role").GetString(), restored.GetProperty("status").GetString()));
        Assert.Equal(["Call with the hiring manager"], restored.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()));
        Assert.Equal(("Northwind", "Buyer", "applied"), (kept.GetProperty("company").GetString(), kept.GetProperty("role").GetString(), kept.GetProperty("status").GetString()));
        Assert.Equal(["Applied through the website"], kept.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()));
        Assert.Equal(2, (await (await client.GetAsync($"/api/applications/{other}/history")).ReadJsonAsync()).GetArrayLength());
        Assert.Equal(1, (await (await client.GetAsync($"/api/applications/{primary}/history")).ReadJsonAsync()).GetArrayLength());
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Empty((await (await client.GetAsync("/api/merges")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Not_a_duplicate_sticks_and_holds_for_the_application_a_dismissed_one_is_merged_into()
    {
        var client = await app.CreateSignedInClientAsync();
        var first = await IdAsync(client, "Litware", "Product Manager");
        var second = await IdAsync(client, "Litware Recruiting", "Senior Product Manager");

        var dismissed = await client.PostAsJsonAsync("/api/duplicates/dismiss", new { firstId = second, secondId = first });
        var twice = await client.PostAsJsonAsync("/api/duplicates/dismiss", new { firstId = first, secondId = second });
        // A third card for the same job: the first is merged into it, and what was said of the first holds for it.
        var third = await IdAsync(client, "Litware", "Product Manager");
        var pairsWithThird = (await (await client.GetAsync("/api/duplicates")).ReadJsonAsync()).GetProperty("pairs").GetArrayLength();
        await client.PostAsJsonAsync($"/api/applications/{third}/merge", new { otherId = first });

        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, twice.StatusCode);
        Assert.Equal(2, pairsWithThird);
        Assert.Empty((await (await client.GetAsync("/api/duplicates")).ReadJsonAsync()).GetProperty("pairs").EnumerateArray());
        Assert.DoesNotContain("Possible duplicate", await client.GetStringAsync("/board"));
    }

    [Fact]
    public async Task Turning_detection_off_hides_every_banner_and_on_shows_them_again()
    {
        var client = await app.CreateSignedInClientAsync();
        var first = await IdAsync(client, "Proseware", "QA Engineer");
        await IdAsync(client, "Proseware, Inc.", "Quality Assurance Engineer");

        var off = await client.PutAsJsonAsync("/api/duplicates/settings", new { enabled = false });
        var whileOff = await (await client.GetAsync("/api/duplicates")).ReadJsonAsync();
        var boardWhileOff = await client.GetStringAsync("/board");
        var detailWhileOff = await client.GetStringAsync($"/applications/{first}");
        await client.PutAsJsonAsync("/api/duplicates/settings", new { enabled = true });
        var whileOn = await (await client.GetAsync("/api/duplicates")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False(whileOff.GetProperty("enabled").GetBoolean());
        Assert.Empty(whileOff.GetProperty("pairs").EnumerateArray());
        Assert.DoesNotContain("Possible duplicate", boardWhileOff);
        Assert.DoesNotContain("Possible duplicate", detailWhileOff);
        Assert.Single(whileOn.GetProperty("pairs").EnumerateArray());
        Assert.Contains("Possible duplicate", await client.GetStringAsync($"/applications/{first}"));
    }

    [Fact]
    public async Task Another_users_ids_are_not_found_and_nothing_changes()
    {
        var mine = await app.CreateSignedInClientAsync();
        var theirs = await app.CreateSignedInClientAsync();
        var myId = await IdAsync(mine, "Tailspin", "Pilot");
        var theirA = await IdAsync(theirs, "Tailspin", "Pilot");
        var theirB = await IdAsync(theirs, "Tailspin Toys", "Pilot");
        await theirs.PostAsJsonAsync($"/api/applications/{theirA}/merge", new { otherId = theirB });
        var theirMerge = Assert.Single((await (await theirs.GetAsync("/api/merges")).ReadJsonAsync()).EnumerateArray()).GetProperty("id").GetGuid();

        var dismiss = await mine.PostAsJsonAsync("/api/duplicates/dismiss", new { firstId = myId, secondId = theirA });
        var ofTheirs = await mine.GetAsync($"/api/applications/{theirA}/duplicates");
        var undo = await mine.PostAsync($"/api/merges/{theirMerge}/undo", null);
        var merge = await mine.PostAsJsonAsync($"/api/applications/{myId}/merge", new { otherId = theirA });

        Assert.Equal(HttpStatusCode.NotFound, dismiss.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ofTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, undo.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, merge.StatusCode);
        Assert.Empty((await (await mine.GetAsync("/api/merges")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync($"/api/applications/{theirA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/api/applications/{theirB}")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_details_400()
    {
        var client = await app.CreateSignedInClientAsync();
        var id = await IdAsync(client, "Wingtip", "Analyst");

        var missing = await client.PostAsJsonAsync("/api/duplicates/dismiss", new { firstId = id });
        var same = await client.PostAsJsonAsync("/api/duplicates/dismiss", new { firstId = id, secondId = id });
        var setting = await client.PutAsJsonAsync("/api/duplicates/settings", new { });
        var garbage = await client.PostAsync("/api/duplicates/dismiss", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.True((await missing.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("secondId", out _));
        Assert.True((await same.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("secondId", out _));
        Assert.True((await setting.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("enabled", out _));
        await garbage.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<Guid> IdAsync(HttpClient client, string company, string role, string? status = null) =>
        (await client.CreateApplicationAsync(company, role, status)).GetProperty("id").GetGuid();

    private static IEnumerable<Guid> Ids(JsonElement pair) =>
        new[] { pair.GetProperty("first").GetProperty("id").GetGuid(), pair.GetProperty("second").GetProperty("id").GetGuid() }.Order();

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

public sealed class SqliteDuplicatesApiTests(SqliteApplication app) : DuplicatesApiTests(app), IClassFixture<SqliteApplication>;

public sealed class PostgresDuplicatesApiTests(PostgresApplication app) : DuplicatesApiTests(app), IClassFixture<PostgresApplication>;
