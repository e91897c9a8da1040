using System.Net;
using System.Net.Http.Json;
using System.Text;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Pipeline;

/// <summary>The applications API end to end over HTTP; runs once per database provider.</summary>
public abstract class PipelineApiTests(ApplyTrackApplication app)
{
    [Fact]
    public async Task Created_application_is_listed_and_readable()
    {
        var client = await app.CreateSignedInClientAsync();

        var created = await client.CreateApplicationAsync("Contoso", "Product Manager");
        var id = created.GetProperty("id").GetGuid();
        var list = await (await client.GetAsync("/api/applications")).ReadJsonAsync();
        var one = await (await client.GetAsync($"/api/applications/{id}")).ReadJsonAsync();

        Assert.Equal("applied", created.GetProperty("status").GetString());
        Assert.Equal("manual", created.GetProperty("source").GetString());
        Assert.Single(list.EnumerateArray());
        Assert.Equal("Contoso", one.GetProperty("company").GetString());
        Assert.Equal("Product Manager", one.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Status_change_is_recorded_in_history_with_from_to_and_cause()
    {
        var client = await app.CreateSignedInClientAsync();
        var id = (await client.CreateApplicationAsync()).GetProperty("id").GetGuid();

        var patch = await client.PatchAsJsonAsync($"/api/applications/{id}", new { status = "interviewing" });
        var history = await (await client.GetAsync($"/api/applications/{id}/history")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("interviewing", (await patch.ReadJsonAsync()).GetProperty("status").GetString());
        var entries = history.EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(JsonValueKindNull, entries[0].GetProperty("from").ValueKind);
        Assert.Equal("applied", entries[0].GetProperty("to").GetString());
        Assert.Equal("applied", entries[1].GetProperty("from").GetString());
        Assert.Equal("interviewing", entries[1].GetProperty("to").GetString());
        Assert.Equal("manual", entries[1].GetProperty("cause").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task A_person_may_move_an_application_back_and_to_withdrawn()
    {
        var client = await app.CreateSignedInClientAsync();
        var id = (await client.CreateApplicationAsync(status: "offer")).GetProperty("id").GetGuid();

        await client.PatchAsJsonAsync($"/api/applications/{id}", new { status = "applied" });
        var withdrawn = await client.PatchAsJsonAsync($"/api/applications/{id}", new { status = "withdrawn" });

        Assert.Equal("withdrawn", (await withdrawn.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Patch_edits_company_and_role_without_touching_status()
    {
        var client = await app.CreateSignedInClientAsync();
        var id = (await client.CreateApplicationAsync(status: "interviewing")).GetProperty("id").GetGuid();

        var patched = await (await client.PatchAsJsonAsync($"/api/applications/{id}", new { company = "Fabrikam", role = "Data Scientist" })).ReadJsonAsync();
        var history = await (await client.GetAsync($"/api/applications/{id}/history")).ReadJsonAsync();

        Assert.Equal("Fabrikam", patched.GetProperty("company").GetString());
        Assert.Equal("Data Scientist", patched.GetProperty("role").GetString());
        Assert.Equal("interviewing", patched.GetProperty("status").GetString());
        Assert.Single(history.EnumerateArray());
    }

    [Fact]
    public async Task Deleted_application_is_gone_with_its_history()
    {
        var client = await app.CreateSignedInClientAsync();
        var id = (await client.CreateApplicationAsync()).GetProperty("id").GetGuid();

        var delete = await client.DeleteAsync($"/api/applications/{id}");
        var get = await client.GetAsync($"/api/applications/{id}");
        var history = await client.GetAsync($"/api/applications/{id}/history");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
    }

    [Fact]
    public async Task Notes_are_added_and_returned_with_the_application()
    {
        var client = await app.CreateSignedInClientAsync();
        var id = (await client.CreateApplicationAsync()).GetProperty("id").GetGuid();

        var note = await client.PostAsJsonAsync($"/api/applications/{id}/notes", new { text = "Spoke to the hiring manager" });
        var one = await (await client.GetAsync($"/api/applications/{id}")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal("Spoke to the hiring manager", one.GetProperty("notes")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task List_filters_by_status()
    {
        var client = await app.CreateSignedInClientAsync();
        await client.CreateApplicationAsync("A", "R1");
        await client.CreateApplicationAsync("B", "R2", "rejected");

        var rejected = await (await client.GetAsync("/api/applications?status=rejected")).ReadJsonAsync();

        Assert.Equal(["B"], rejected.EnumerateArray().Select(a => a.GetProperty("company").GetString()));
    }

    public static TheoryData<string, string> OtherUsersRoutes() => new()
    {
        { "GET", "/api/applications/{id}" },
        { "PATCH", "/api/applications/{id}" },
        { "DELETE", "/api/applications/{id}" },
        { "GET", "/api/applications/{id}/history" },
        { "POST", "/api/applications/{id}/notes" },
        { "GET", "/api/applications/{id}/emails" },
        { "GET", "/applications/{id}" },
        { "POST", "/applications/{id}?handler=Status" },
        { "POST", "/applications/{id}?handler=Delete" },
        { "POST", "/board?handler=Move&id={id}" },
    };

    [Theory]
    [MemberData(nameof(OtherUsersRoutes))]
    public async Task Another_users_application_is_not_found_on_every_route(string method, string route)
    {
        var owner = await app.CreateSignedInClientAsync();
        var intruder = await app.CreateSignedInClientAsync();
        var id = (await owner.CreateApplicationAsync("Secret Corp", "CTO")).GetProperty("id").GetGuid();
        var url = route.Replace("{id}", id.ToString());

        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "GET" or "DELETE" ? null : JsonContent.Create(new { status = "rejected", text = "x", company = "Mine" }),
        };
        if (!url.StartsWith("/api", StringComparison.Ordinal))
        {
            request.Content = await FormWithAntiforgeryAsync(intruder, new() { ["status"] = "rejected" });
        }
        var response = await intruder.SendAsync(request);
        var stillThere = await (await owner.GetAsync($"/api/applications/{id}")).ReadJsonAsync();
        var intruderList = await (await intruder.GetAsync("/api/applications")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("applied", stillThere.GetProperty("status").GetString());
        Assert.Equal("Secret Corp", stillThere.GetProperty("company").GetString());
        Assert.Empty(intruderList.EnumerateArray());
    }

    [Fact]
    public async Task Signed_out_callers_get_401_from_the_api()
    {
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/applications", new { company = "a", role = "b" })).StatusCode);
    }

    [Fact]
    public async Task Missing_company_is_a_validation_problem()
    {
        var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsJsonAsync("/api/applications", new { role = "Engineer" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("company", out _));
    }

    [Fact]
    public async Task Unknown_status_is_a_validation_problem()
    {
        var client = await app.CreateSignedInClientAsync();
        var id = (await client.CreateApplicationAsync()).GetProperty("id").GetGuid();

        var create = await client.PostAsJsonAsync("/api/applications", new { company = "A", role = "B", status = "hired" });
        var patch = await client.PatchAsJsonAsync($"/api/applications/{id}", new { status = "ghosted" });
        var list = await client.GetAsync("/api/applications?status=nope");

        Assert.True((await create.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("status", out _));
        Assert.True((await patch.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("status", out _));
        await list.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Oversized_fields_are_validation_problems_and_store_nothing()
    {
        var client = await app.CreateSignedInClientAsync();

        var company = await client.PostAsJsonAsync("/api/applications", new { company = new string('c', 201), role = "R" });
        var role = await client.PostAsJsonAsync("/api/applications", new { company = "C", role = new string('r', 5000) });
        var list = await (await client.GetAsync("/api/applications")).ReadJsonAsync();

        await company.AssertProblemAsync(HttpStatusCode.BadRequest);
        await role.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Empty(list.EnumerateArray());
    }

    [Theory]
    [InlineData("{\"company\": \"Contoso\", ")]
    [InlineData("not json at all")]
    [InlineData("{\"company\": 42, \"role\": []}")]
    [InlineData("[]")]
    public async Task Malformed_json_is_a_400_problem_not_a_500(string body)
    {
        var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsync("/api/applications", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Health_reports_the_database_reachable()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private static async Task<FormUrlEncodedContent> FormWithAntiforgeryAsync(HttpClient client, Dictionary<string, string> fields)
    {
        // A real form post needs the antiforgery token a page hands out; the intruder gets one from their own board.
        var html = await client.GetStringAsync("/board");
        var marker = "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        if (start >= 0)
        {
            start += marker.Length;
            fields["__RequestVerificationToken"] = html[start..html.IndexOf('"', start)];
        }
        return new FormUrlEncodedContent(fields);
    }
}

public sealed class SqlitePipelineApiTests(SqliteApplication app) : PipelineApiTests(app), IClassFixture<SqliteApplication>;

public sealed class PostgresPipelineApiTests(PostgresApplication app) : PipelineApiTests(app), IClassFixture<PostgresApplication>;
