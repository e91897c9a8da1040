using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.FollowUps;

/// <summary>
/// The <c>Assistant</c> section. Unset <see cref="Endpoint"/> (the default): drafts are composed in-process and nothing
/// leaves it. Set by an operator to a model server on their own network: an OpenAI-compatible
/// <c>…/v1/chat/completions</c> or an Ollama <c>…/api/chat</c> URL.
/// </summary>
public sealed class AssistantOptions
{
    public const string Section = "Assistant";

    public Uri? Endpoint { get; set; }

    public string Model { get; set; } = "llama3.1";

    /// <summary>Bearer token some OpenAI-compatible servers ask for; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>After this the default generator answers instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public bool IsOllama => Endpoint?.AbsolutePath.TrimEnd('/').EndsWith("/api/chat", StringComparison.OrdinalIgnoreCase) == true;
}

/// <summary>
/// Drafts from the operator's model server, written from the structured facts only (never an email), checked before
/// anyone sees them (<see cref="Check"/>), and replaced by the default generator on any failure, timeout or failed check.
/// </summary>
public sealed class AssistantDrafts(IHttpClientFactory httpClients, IOptions<AssistantOptions> options, ILogger<AssistantDrafts> logger)
{
    public const string HttpClientName = "assistant";
    public const string Generator = "assistant";
    public const int MinChars = 80;
    public const int MaxChars = 1500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public bool IsConfigured => options.Value.Endpoint is not null;

    public async Task<Draft> WriteAsync(DraftFacts facts, CancellationToken cancellationToken)
    {
        var fallback = DraftWriter.Write(facts);
        if (options.Value.Endpoint is not { } endpoint)
        {
            return fallback;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            var body = await AskAsync(endpoint, facts, fallback, timeout.Token);
            if (Check(body, facts) is { } problem)
            {
                logger.LogWarning("The assistant's draft failed its check ({Problem}); the default draft is shown", problem);
                return fallback;
            }
            return fallback with { Body = body!.Trim(), Generator = Generator };
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or NotSupportedException
                                   || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The assistant did not answer usefully ({Error}); the default draft is shown", ex.GetType().Name);
            return fallback;
        }
    }

    /// <summary>
    /// Why a draft may not be shown, or null when it may: the company, the role and the recruiter's and the person's names must
    /// be the real ones, and the length sensible; no placeholders or links.
    /// </summary>
    public static string? Check(string? body, DraftFacts facts)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "empty";
        }
        var text = body.Trim();
        if (text.Length is < MinChars or > MaxChars)
        {
            return "length";
        }
        foreach (var (fact, value) in new[] { ("company", facts.Company), ("role", facts.Role), ("recruiter", facts.RecruiterFirstName), ("signature", facts.SignatureName) })
        {
            if (value is { Length: > 0 } && !text.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                return $"{fact} missing";
            }
        }
        if (text.Contains('[') || text.Contains('{') || text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains('@'))
        {
            return "placeholder or link";
        }
        return null;
    }

    private async Task<string?> AskAsync(Uri endpoint, DraftFacts facts, Draft example, CancellationToken cancellationToken)
    {
        var messages = new object[]
        {
            new { role = "system", content = SystemPrompt },
            new { role = "user", content = JsonSerializer.Serialize(FactsForModel(facts, example), Json) },
        };
        object request = options.Value.IsOllama
            ? new { model = options.Value.Model, messages, stream = false, options = new { temperature = 0.4 } }
            : new { model = options.Value.Model, messages, temperature = 0.4, max_tokens = 600 };
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(request, options: Json) };
        if (options.Value.ApiKey is { Length: > 0 } key)
        {
            message.Headers.Authorization = new("Bearer", key);
        }
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(message, cancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken);
        return options.Value.IsOllama
            ? json.GetProperty("message").GetProperty("content").GetString()
            : json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
    }

    private const string SystemPrompt = """
        You write short follow-up emails for a job seeker, from the facts given as JSON. Write the email body only: greeting,
        one or two short paragraphs, sign-off and the signature name. Write in the language given by "language" (ISO 639-1),
        in the register given by "register" (formal: polite forms such as Sie, vous, u, usted; casual: du, tu, je, tú).
        Use the company, role and names exactly as given and invent no other names, dates, numbers or links. Match the
        recruiter's greeting and sign-off when they suit the register. Keep it under 120 words. Plain text, no placeholders.
        """;

    private static object FactsForModel(DraftFacts facts, Draft example) => new
    {
        scenario = facts.Kind.ToApiName(),
        language = facts.Language,
        register = facts.Register == Register.Formal ? "formal" : "casual",
        company = facts.Company,
        role = facts.Role,
        recruiterFirstName = facts.RecruiterFirstName,
        recruiterFullName = facts.RecruiterFullName,
        recruiterGreeting = facts.RecruiterGreeting,
        recruiterSignOff = facts.RecruiterSignOff,
        round = facts.Round,
        appliedOn = facts.AppliedOn?.ToString("yyyy-MM-dd"),
        interviewOn = facts.InterviewOn?.ToString("yyyy-MM-dd"),
        replyBy = facts.ReplyBy?.ToString("yyyy-MM-dd"),
        signatureName = facts.SignatureName,
        length = facts.Short ? "short" : "normal",
        exampleOfTone = example.Body,
    };
}
