using System.Net;
using System.Net.Http.Json;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Pipeline;

/// <summary>POST /api/applications/{id}/merge over HTTP; runs once per database provider.</summary>
public abstract class MergeApiTests(ApplyTrackApplication app)
{
    [Fact]
    public async Task Merge_folds_the_duplicate_into_the_application_with_both_histories_and_notes()
    {
        var client = await app.CreateSignedInClientAsync();
        var keep = (await client.CreateApplicationAsync("Contoso", "Designer")).GetProperty("id").GetGuid();
        var duplicate = (await client.CreateApplicationAsync("Contoso", "Designer")).GetProperty("id").GetGuid();
        await client.PatchAsJsonAsync($"/api/applications/{duplicate}", new { status = "interviewing" });
        await client.PostAsJsonAsync($"/api/applications/{duplicate}/notes", new { text = "Portfolio review on Friday" });

        var response = await client.PostAsJsonAsync($"/api/applications/{keep}/merge", new { otherId = duplicate });
        var merged = await response.ReadJsonAsync();
        var history = await (await client.GetAsync($"/api/applications/{keep}/history")).ReadJsonAsync();
        var gone = await client.GetAsync($"/api/applications/{duplicate}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("interviewing", merged.GetProperty("status").GetString());
        Assert.Equal("Portfolio review on Friday", Assert.Single(merged.GetProperty("notes").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal(4, history.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Single((await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Merge_with_itself_or_without_the_other_id_is_a_problem_400()
    {
        var client = await app.CreateSignedInClientAsync();
        var id = (await client.CreateApplicationAsync()).GetProperty("id").GetGuid();

        var itself = await client.PostAsJsonAsync($"/api/applications/{id}/merge", new { otherId = id });
        var missing = await client.PostAsJsonAsync($"/api/applications/{id}/merge", new { });

        Assert.True((await itself.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("otherId", out _));
        Assert.True((await missing.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("otherId", out _));
    }

    [Fact]
    public async Task Merge_with_another_users_application_is_404_and_leaves_both()
    {
        var mine = await app.CreateSignedInClientAsync();
        var theirs = await app.CreateSignedInClientAsync();
        var myId = (await mine.CreateApplicationAsync()).GetProperty("id").GetGuid();
        var theirId = (await theirs.CreateApplicationAsync()).GetProperty("id").GetGuid();

        var response = await mine.PostAsJsonAsync($"/api/applications/{myId}/merge", new { otherId = theirId });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync($"/api/applications/{theirId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mine.GetAsync($"/api/applications/{myId}")).StatusCode);
    }
}

public sealed class SqliteMergeApiTests(SqliteApplication app) : MergeApiTests(app), IClassFixture<SqliteApplication>;

public sealed class PostgresMergeApiTests(PostgresApplication app) : MergeApiTests(app), IClassFixture<PostgresApplication>;
