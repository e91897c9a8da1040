using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ApplyTrack.Features.Audit;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Pipeline;
using ApplyTrack.Features.Tokens;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ApplyTrack.Tests.Tokens;

/// <summary>Personal access tokens over real HTTP: made, used, scoped, limited, revoked, kept apart — on both databases.</summary>
public abstract class TokenApiTests(ApplyTrackApplication app)
{
    private const string ExtensionOrigin = "chrome-extension://ficjcfhoefikejlcaokhilhmpageenca";

    private async Task<(HttpClient Cookie, string Secret, Guid Id)> SignedInWithTokenAsync(params string[] scopes)
    {
        var cookie = await app.CreateSignedInClientAsync();
        var (secret, id) = await CreateTokenAsync(cookie, scopes.Length == 0 ? [.. ApiScopes.All] : scopes);
        return (cookie, secret, id);
    }

    private static async Task<(string Secret, Guid Id)> CreateTokenAsync(HttpClient cookie, string[] scopes, string name = "Chrome on my laptop")
    {
        var response = await cookie.PostAsJsonAsync("/api/tokens", new { name, scopes });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        return (body.GetProperty("secret").GetString()!, body.GetProperty("token").GetProperty("id").GetGuid());
    }

    private HttpClient Bearer(string secret)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private async Task<T> WithDbAsync<T>(Func<ApplyTrackDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>());
    }

    private static object Capture(string company, string role, string status = "applied", string? text = "We are hiring.") => new
    {
        company, role, status,
        posting = new { url = "https://jobs.example.com/42", location = "Berlin", salary = "€70,000–€85,000", employmentType = "FULL_TIME", reader = "json-ld", text },
    };

    [Fact]
    public async Task A_new_token_is_shown_once_listed_without_its_secret_and_stored_only_as_its_sha256()
    {
        var cookie = await app.CreateSignedInClientAsync();

        var created = await cookie.PostAsJsonAsync("/api/tokens", new { name = "Laptop", scopes = new[] { "applications:write" } });
        var body = await created.ReadJsonAsync();
        var secret = body.GetProperty("secret").GetString()!;
        var id = body.GetProperty("token").GetProperty("id").GetGuid();
        var list = await (await cookie.GetAsync("/api/tokens")).Content.ReadAsStringAsync();
        var stored = await WithDbAsync(db => db.Set<PersonalAccessToken>().AsNoTracking().SingleAsync(t => t.Id == id));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore, "The secret is never cached.");
        Assert.Matches("^atk_[A-Za-z0-9_-]{43}$", secret);
        Assert.Contains("Laptop", list);
        Assert.Contains(secret[..10], list);
        Assert.DoesNotContain(secret, list);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), stored.Hash);
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(stored));
        Assert.Equal("applications:write", stored.Scopes);
    }

    [Fact]
    public async Task A_token_request_with_a_bad_name_or_scope_is_a_validation_problem()
    {
        var cookie = await app.CreateSignedInClientAsync();

        var noName = await cookie.PostAsJsonAsync("/api/tokens", new { name = " ", scopes = new[] { "applications:read" } });
        var badScope = await cookie.PostAsJsonAsync("/api/tokens", new { name = "x", scopes = new[] { "mail:read" } });

        await noName.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Unknown scope", (await badScope.AssertProblemAsync(HttpStatusCode.BadRequest)).GetRawText());
    }

    [Fact]
    public async Task A_token_saves_and_reads_applications_and_notes_when_it_was_last_used()
    {
        var (cookie, secret, id) = await SignedInWithTokenAsync();
        var client = Bearer(secret);

        var saved = await client.PostAsJsonAsync("/api/v1/applications", Capture("Contoso", "Data Engineer", "saved"));
        var savedId = (await saved.ReadJsonAsync()).GetProperty("id").GetGuid();
        var list = await (await client.GetAsync("/api/v1/applications")).ReadJsonAsync();
        var one = await (await client.GetAsync($"/api/v1/applications/{savedId}")).ReadJsonAsync();
        var legacy = await client.GetAsync("/api/applications");
        var tokens = await (await cookie.GetAsync("/api/tokens")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal($"/api/v1/applications/{savedId}", saved.Headers.Location?.ToString());
        Assert.Equal("saved", Assert.Single(list.EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal("extension", one.GetProperty("source").GetString());
        Assert.Equal("We are hiring.", one.GetProperty("posting").GetProperty("text").GetString());
        Assert.Equal("Berlin", one.GetProperty("posting").GetProperty("location").GetString());
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.True(tokens[0].GetProperty("lastUsedAt").ValueKind == JsonValueKind.String, "The token's last use is recorded.");
    }

    [Fact]
    public async Task Scopes_limit_what_a_token_may_do()
    {
        var cookie = await app.CreateSignedInClientAsync();
        var (readOnly, _) = await CreateTokenAsync(cookie, [ApiScopes.ApplicationsRead], "reader");
        var (writeOnly, _) = await CreateTokenAsync(cookie, [ApiScopes.ApplicationsWrite], "writer");

        var readerWrites = await Bearer(readOnly).PostAsJsonAsync("/api/v1/applications", Capture("Contoso", "PM"));
        var readerDeletes = await Bearer(readOnly).DeleteAsync($"/api/applications/{Guid.NewGuid()}");
        var readerReads = await Bearer(readOnly).GetAsync("/api/v1/applications");
        var writerWrites = await Bearer(writeOnly).PostAsJsonAsync("/api/v1/applications", Capture("Contoso", "PM"));
        var writerReads = await Bearer(writeOnly).GetAsync("/api/v1/applications");

        await readerWrites.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("insufficient_scope", readerWrites.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, readerDeletes.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readerReads.StatusCode);
        Assert.Equal(HttpStatusCode.Created, writerWrites.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, writerReads.StatusCode);
        var audit = await (await cookie.GetAsync("/settings/security")).Content.ReadAsStringAsync();
        Assert.Contains("lacks the scope for POST /api/v1/applications", audit);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_with_401_and_the_refusal_is_in_the_security_log()
    {
        var (cookie, secret, id) = await SignedInWithTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await Bearer(secret).GetAsync("/api/v1/applications")).StatusCode);

        var revoke = await cookie.DeleteAsync($"/api/tokens/{id}");
        var after = await Bearer(secret).GetAsync("/api/v1/applications");
        await Bearer(secret).GetAsync("/api/v1/applications");
        var kinds = await WithDbAsync(db => db.Set<AuditEvent>().AsNoTracking().Where(e => e.UserId == db.Set<PersonalAccessToken>().Single(t => t.Id == id).UserId)
            .Select(e => e.Kind).ToListAsync());

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await after.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.StartsWith("Bearer", after.Headers.WwwAuthenticate.ToString());
        Assert.Contains(AuditKind.TokenCreated, kinds);
        Assert.Contains(AuditKind.TokenRevoked, kinds);
        // Two refused requests within a minute: one row.
        Assert.Equal(1, kinds.Count(k => k == AuditKind.TokenRefused));
    }

    [Theory]
    [InlineData("atk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("atk_short")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.sig")]
    public async Task Unknown_or_malformed_tokens_are_401(string secret)
    {
        var response = await Bearer(secret).GetAsync("/api/v1/applications");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_sees_only_its_own_users_applications_and_cannot_reach_the_account()
    {
        var (aliceCookie, aliceSecret, aliceTokenId) = await SignedInWithTokenAsync();
        var (bobCookie, bobSecret, _) = await SignedInWithTokenAsync();
        var alices = await (await Bearer(aliceSecret).PostAsJsonAsync("/api/v1/applications", Capture("Fabrikam", "Designer"))).ReadJsonAsync();
        var aliceId = alices.GetProperty("id").GetGuid();

        var bobGets = await Bearer(bobSecret).GetAsync($"/api/v1/applications/{aliceId}");
        var bobLists = await (await Bearer(bobSecret).GetAsync("/api/v1/applications")).ReadJsonAsync();
        var bobPatches = await Bearer(bobSecret).PatchAsJsonAsync($"/api/applications/{aliceId}", new { status = "rejected" });
        var bobRevokes = await bobCookie.DeleteAsync($"/api/tokens/{aliceTokenId}");
        var tokenExports = await Bearer(aliceSecret).GetAsync("/api/me/export");
        var tokenMakesTokens = await Bearer(aliceSecret).PostAsJsonAsync("/api/tokens", new { name = "more", scopes = ApiScopes.All });
        var tokenDeletesAccount = await Bearer(aliceSecret).DeleteAsync("/api/me");

        Assert.Equal(HttpStatusCode.NotFound, bobGets.StatusCode);
        Assert.Empty(bobLists.EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, bobPatches.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bobRevokes.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tokenExports.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tokenMakesTokens.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tokenDeletesAccount.StatusCode);
        Assert.Equal("applied", (await (await aliceCookie.GetAsync($"/api/applications/{aliceId}")).ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Each_token_has_its_own_rate_limit()
    {
        var cookie = await app.CreateSignedInClientAsync();
        var (busy, _) = await CreateTokenAsync(cookie, [.. ApiScopes.All], "busy");
        var (calm, _) = await CreateTokenAsync(cookie, [.. ApiScopes.All], "calm");
        var client = Bearer(busy);
        var limit = new TokenOptions().RequestsPerMinute;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= limit; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/applications")).StatusCode);
        }
        var refused = await client.GetAsync("/api/applications");
        var other = await Bearer(calm).GetAsync("/api/v1/applications");
        var person = await cookie.GetAsync("/api/applications");

        Assert.All(statuses.Take(limit), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter is not null, "A refusal says when to retry.");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, person.StatusCode);
    }

    [Fact]
    public async Task Capturing_the_same_job_again_is_the_same_application_and_a_saved_job_moves_to_applied()
    {
        var (_, secret, _) = await SignedInWithTokenAsync();
        var client = Bearer(secret);

        var first = await client.PostAsJsonAsync("/api/v1/applications", Capture("Northwind Traders", "Senior Data Engineer", "saved"));
        var again = await client.PostAsJsonAsync("/api/v1/applications", Capture("Northwind Traders GmbH", "Sr. Data Engineer (m/w/d)", "applied"));
        var savedAgain = await client.PostAsJsonAsync("/api/v1/applications", Capture("Northwind Traders", "Senior Data Engineer", "saved"));
        var otherRole = await client.PostAsJsonAsync("/api/v1/applications", Capture("Northwind Traders", "Head of Finance", "saved"));
        var firstId = (await first.ReadJsonAsync()).GetProperty("id").GetGuid();
        var history = await (await client.GetAsync($"/api/applications/{firstId}/history")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(firstId, (await again.ReadJsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal("applied", (await savedAgain.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, otherRole.StatusCode);
        Assert.Equal(["saved", "applied"], history.EnumerateArray().Select(h => h.GetProperty("to").GetString()));
        Assert.All(history.EnumerateArray(), h => Assert.Equal("manual", h.GetProperty("cause").GetString()));
    }

    [Fact]
    public async Task The_posting_text_is_bounded_and_encrypted_at_rest()
    {
        var (_, secret, _) = await SignedInWithTokenAsync();
        var client = Bearer(secret);
        var marker = $"zq{Guid.NewGuid():N}";

        var tooLong = await client.PostAsJsonAsync("/api/v1/applications", Capture("Contoso", "PM", text: new string('x', JobPosting.TextMaxLength + 1)));
        var badUrl = await client.PostAsJsonAsync("/api/v1/applications", new { company = "Contoso", role = "PM", posting = new { url = "javascript:alert(1)" } });
        var ok = await client.PostAsJsonAsync("/api/v1/applications", Capture("Contoso", "PM", text: $"Responsibilities {marker}"));
        var id = (await ok.ReadJsonAsync()).GetProperty("id").GetGuid();
        var stored = await WithDbAsync(db => db.Set<JobPosting>().AsNoTracking().SingleAsync(p => p.ApplicationId == id));

        Assert.Contains("posting.text", (await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest)).GetRawText());
        Assert.Contains("posting.url", (await badUrl.AssertProblemAsync(HttpStatusCode.BadRequest)).GetRawText());
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.DoesNotContain(marker, Encoding.UTF8.GetString(stored.Text!));
        Assert.Equal(0, await WithDbAsync(db => db.Applications.CountAsync(a => a.Company == "Contoso" && a.Id != id && a.UserId == db.Applications.Single(x => x.Id == id).UserId)));
    }

    [Fact]
    public async Task Only_the_extensions_origin_may_call_the_v1_api_across_origins()
    {
        var client = app.CreateClient();

        async Task<HttpResponseMessage> PreflightAsync(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/applications");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
            return await client.SendAsync(request);
        }
        var extension = await PreflightAsync(ExtensionOrigin);
        var site = await PreflightAsync("https://evil.example");

        Assert.Equal(ExtensionOrigin, extension.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(site.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(extension.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_v1_api_and_the_token_scheme()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync();

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/applications", out var applications));
        Assert.True(applications.TryGetProperty("post", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/tokens", out _));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("AccessToken");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Sign_in_failures_sign_ins_and_sign_outs_are_in_the_security_log()
    {
        var email = $"audit-{Guid.NewGuid():N}@example.com";
        var cookie = await app.CreateSignedInClientAsync(email);
        await cookie.PostAsync("/api/account/logout", null);
        await app.CreateCookieClient().PostAsJsonAsync("/api/account/login", new { email, password = "not the password" });
        var again = app.CreateCookieClient();
        await again.PostAsJsonAsync("/api/account/login", new { email, password = "correct horse battery" });

        var page = await (await again.GetAsync("/settings/security")).Content.ReadAsStringAsync();
        var kinds = await WithDbAsync(db => db.Set<AuditEvent>().AsNoTracking().Where(e => e.UserId == db.Users.Single(u => u.Email == email).Id).OrderBy(e => e.At).Select(e => e.Kind).ToListAsync());

        Assert.Equal([AuditKind.SignIn, AuditKind.SignOut, AuditKind.SignInFailed, AuditKind.SignIn], kinds);
        Assert.Contains("Failed sign-in", page);
        Assert.DoesNotContain("not the password", page);
    }

    [Fact]
    public async Task Deleting_the_account_deletes_its_tokens_postings_and_security_log()
    {
        var (cookie, secret, _) = await SignedInWithTokenAsync();
        var captured = (await (await Bearer(secret).PostAsJsonAsync("/api/v1/applications", Capture("Contoso", "PM"))).ReadJsonAsync()).GetProperty("id").GetGuid();
        var userId = (await (await cookie.GetAsync("/api/me")).ReadJsonAsync()).GetProperty("id").GetString()!;
        var export = await (await cookie.GetAsync("/api/me/export")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await cookie.DeleteAsync("/api/me")).StatusCode);

        Assert.Equal("We are hiring.", export.GetProperty("applications")[0].GetProperty("posting").GetProperty("text").GetString());
        Assert.DoesNotContain(secret, export.GetRawText());
        Assert.Contains(export.GetProperty("securityLog").EnumerateArray(), e => e.GetProperty("kind").GetString() == "tokenCreated");
        Assert.Equal(0, await WithDbAsync(db => db.Set<PersonalAccessToken>().CountAsync(t => t.UserId == userId)));
        // The log goes with the account but for the one event that says it was deleted (kept for the retention period).
        Assert.Equal([AuditKind.AccountDeleted], await WithDbAsync(db => db.Set<AuditEvent>().Where(e => e.UserId == userId).Select(e => e.Kind).ToListAsync()));
        Assert.Equal(0, await WithDbAsync(db => db.Set<JobPosting>().CountAsync(p => p.ApplicationId == captured)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync("/api/v1/applications")).StatusCode);
    }
}

public sealed class SqliteTokenApiTests(SqliteApplication app) : TokenApiTests(app), IClassFixture<SqliteApplication>;

public sealed class PostgresTokenApiTests(PostgresApplication app) : TokenApiTests(app), IClassFixture<PostgresApplication>;
