using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ApplyTrack.Tests.Infrastructure;

internal static class HttpAssertions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a ProblemDetails body (RFC 9457) with the given status and returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("title", out _), "ProblemDetails must have a title.");
        return problem;
    }

    public static async Task<JsonElement> CreateApplicationAsync(this HttpClient client, string company = "Contoso", string role = "Product Manager", string? status = null)
    {
        var response = await client.PostAsJsonAsync("/api/applications", new { company, role, status });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    /// <summary>A form post as the page would make it: these fields plus the antiforgery token the page handed out.</summary>
    public static FormUrlEncodedContent PageForm(string page, params (string Name, string Value)[] fields)
    {
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create("__RequestVerificationToken", token)]);
    }
}
