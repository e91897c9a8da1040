using System.Net;
using System.Net.Http.Json;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Accounts;

public abstract class AccountApiTests(ApplyTrackApplication app)
{
    private HttpClient NewClient() => app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    private static string NewEmail() => $"person-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task Register_signs_in_and_me_answers()
    {
        var client = NewClient();
        var email = NewEmail();

        var register = await client.PostAsJsonAsync("/api/account/register", new { email, password = "a long password" });
        var me = await (await client.GetAsync("/api/me")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("free", me.GetProperty("plan").GetString());
    }

    [Fact]
    public async Task Login_sets_the_cookie_and_logout_clears_it()
    {
        var email = NewEmail();
        await NewClient().PostAsJsonAsync("/api/account/register", new { email, password = "a long password" });
        var client = NewClient();

        var login = await client.PostAsJsonAsync("/api/account/login", new { email, password = "a long password" });
        var meSignedIn = await client.GetAsync("/api/me");
        var logout = await client.PostAsync("/api/account/logout", null);
        var meSignedOut = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("applytrack.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, meSignedIn.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, meSignedOut.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_is_401_problem()
    {
        var email = NewEmail();
        await NewClient().PostAsJsonAsync("/api/account/register", new { email, password = "a long password" });

        var response = await NewClient().PostAsJsonAsync("/api/account/login", new { email, password = "not the password" });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_are_throttled_without_locking_the_account()
    {
        var email = NewEmail();
        await NewClient().PostAsJsonAsync("/api/account/register", new { email, password = "a long password" });
        var client = NewClient();

        HttpResponseMessage last = null!;
        for (var i = 0; i < 11; i++)
        {
            last = await client.PostAsJsonAsync("/api/account/login", new { email, password = $"wrong {i}" });
        }

        await last.AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Duplicate_email_is_a_validation_problem_that_does_not_confirm_the_account()
    {
        var email = NewEmail();
        await NewClient().PostAsJsonAsync("/api/account/register", new { email, password = "a long password" });

        var again = await NewClient().PostAsJsonAsync("/api/account/register", new { email, password = "another password" });

        var problem = await again.AssertProblemAsync(HttpStatusCode.BadRequest);
        var text = problem.ToString();
        Assert.DoesNotContain("taken", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("already exists", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("not-an-email", "a long password", "email")]
    [InlineData("", "a long password", "email")]
    [InlineData("someone@example.com", "short", "password")]
    [InlineData("someone@example.com", "", "password")]
    public async Task Bad_registration_input_names_the_field(string email, string password, string field)
    {
        var response = await NewClient().PostAsJsonAsync("/api/account/register", new { email, password });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error for '{field}'");
    }

    [Fact]
    public async Task Passwords_are_stored_hashed()
    {
        var email = NewEmail();
        await NewClient().PostAsJsonAsync("/api/account/register", new { email, password = "a very recognisable password" });

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrack.Features.Data.ApplyTrackDbContext>();
        var user = db.Users.Single(u => u.Email == email);

        Assert.NotNull(user.PasswordHash);
        Assert.DoesNotContain("recognisable", user.PasswordHash);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        var document = await (await NewClient().GetAsync("/openapi/v1.json")).ReadJsonAsync();

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/applications", out _));
        Assert.True(paths.TryGetProperty("/api/applications/{id}/history", out _));
        Assert.True(paths.TryGetProperty("/api/account/register", out _));
    }
}

public sealed class SqliteAccountApiTests(SqliteApplication app) : AccountApiTests(app), IClassFixture<SqliteApplication>;

public sealed class PostgresAccountApiTests(PostgresApplication app) : AccountApiTests(app), IClassFixture<PostgresApplication>;
