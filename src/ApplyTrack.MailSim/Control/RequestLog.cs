namespace ApplyTrack.MailSim.Control;

/// <summary>One request as the sandbox saw it. Query values that are secrets (codes, tokens) are masked.</summary>
public sealed record LoggedRequest(
    long Number,
    DateTimeOffset At,
    string Method,
    string Path,
    string Query,
    int Status,
    double DurationMs,
    SandboxSurface Surface,
    string? ClientRequestId,
    string? Fault);

/// <summary>The last <see cref="Capacity"/> requests, for `GET /_emu/requests`.</summary>
public sealed class RequestLog
{
    public const int Capacity = 2000;
    private static readonly string[] SecretParameters = ["code", "access_token", "refresh_token", "client_secret", "id_token", "validationToken", "code_verifier", "client_assertion"];
    private readonly Lock _gate = new();
    private readonly LinkedList<LoggedRequest> _entries = new();
    private long _number;

    public void Add(Func<long, LoggedRequest> create)
    {
        lock (_gate)
        {
            _entries.AddLast(create(++_number));
            if (_entries.Count > Capacity) _entries.RemoveFirst();
        }
    }

    public IReadOnlyList<LoggedRequest> Recent(int take, SandboxSurface? surface = null)
    {
        lock (_gate) return [.. _entries.Reverse().Where(e => surface is null or SandboxSurface.All || e.Surface == surface).Take(take)];
    }

    public void Clear()
    {
        lock (_gate) _entries.Clear();
    }

    public static string MaskQuery(QueryString query)
    {
        if (!query.HasValue) return "";
        var parsed = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query.Value);
        return "?" + string.Join('&', parsed.Select(p =>
            $"{p.Key}={(SecretParameters.Contains(p.Key, StringComparer.OrdinalIgnoreCase) ? "***" : p.Value.ToString())}"));
    }
}
