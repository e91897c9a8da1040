using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Hardening;

/// <summary>Sign-in and sign-up against an attacker: no enumeration, no lock-out of the owner, no common passwords.</summary>
public sealed class AccountHardeningTests(HardenedApplication app) : IClassFixture<HardenedApplication>
{
    private static string NewEmail() => $"person-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task A_guesser_elsewhere_is_throttled_while_the_owner_still_signs_in()
    {
        var email = NewEmail();
        (await app.ClientFrom("127.0.0.11").PostAsJsonAsync("/api/account/register", new { email, password = "a long password" })).EnsureSuccessStatusCode();
        var guesser = app.ClientFrom("127.0.0.12");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await guesser.PostAsJsonAsync("/api/account/login", new { email, password = $"guess number {i}" })).StatusCode);
        }
        var guesserWithTheRightPassword = await guesser.PostAsJsonAsync("/api/account/login", new { email, password = "a long password" });
        var owner = await app.ClientFrom("127.0.0.13").PostAsJsonAsync("/api/account/login", new { email, password = "a long password" });

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, guesserWithTheRightPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task One_address_trying_many_accounts_gets_429_from_the_rate_limiter()
    {
        var client = app.ClientFrom("127.0.0.21");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 14; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/account/login", new { email = NewEmail(), password = "a long password" })).StatusCode);
        }

        Assert.True(statuses.Take(12).All(s => s == HttpStatusCode.Unauthorized), string.Join(", ", statuses));
        var limited = await client.PostAsJsonAsync("/api/account/login", new { email = NewEmail(), password = "a long password" });
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter is not null, "a 429 says when to come back");
    }

    [Fact]
    public async Task An_unknown_email_takes_as_long_to_refuse_as_a_wrong_password()
    {
        var known = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var email = NewEmail();
            (await app.ClientFrom("127.0.0.31").PostAsJsonAsync("/api/account/register", new { email, password = "a long password" })).EnsureSuccessStatusCode();
            known.Add(email);
        }
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        // Interleaved, each from its own address, so neither limiter nor warm-up favours one side.
        for (var i = 0; i < known.Count; i++)
        {
            knownTimes.Add(await TimeLoginAsync($"127.0.1.{i + 1}", known[i]));
            unknownTimes.Add(await TimeLoginAsync($"127.0.2.{i + 1}", NewEmail()));
        }

        var knownMedian = knownTimes.Order().ElementAt(knownTimes.Count / 2);
        var unknownMedian = unknownTimes.Order().ElementAt(unknownTimes.Count / 2);
        Assert.True(unknownMedian >= knownMedian * 0.5, $"unknown email {unknownMedian:0.0} ms vs wrong password {knownMedian:0.0} ms (medians)");
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("qwertyuiop")]
    [InlineData("Sunshine1")]
    public async Task Common_passwords_are_refused(string password)
    {
        var response = await app.ClientFrom("127.0.0.41").PostAsJsonAsync("/api/account/register", new { email = NewEmail(), password });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("common", problem.GetProperty("errors").GetProperty("password")[0].GetString());
    }

    [Fact]
    public async Task A_password_made_of_the_email_is_refused()
    {
        var email = NewEmail();

        var response = await app.ClientFrom("127.0.0.42").PostAsJsonAsync("/api/account/register", new { email, password = email.ToUpperInvariant() });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("email", problem.GetProperty("errors").GetProperty("password")[0].GetString());
    }

    [Fact]
    public async Task Registering_a_taken_email_does_not_say_it_is_taken()
    {
        var email = NewEmail();
        (await app.ClientFrom("127.0.0.43").PostAsJsonAsync("/api/account/register", new { email, password = "a long password" })).EnsureSuccessStatusCode();

        var again = await app.ClientFrom("127.0.0.44").PostAsJsonAsync("/api/account/register", new { email, password = "another long password" });

        var problem = await again.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.DoesNotContain("taken", problem.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(email, problem.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<double> TimeLoginAsync(string from, string email)
    {
        using var client = app.ClientFrom(from);
        await client.GetAsync("/health");   // connection set up outside the measurement
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password = "not the password" });
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }
}
