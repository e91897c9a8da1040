using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Hosting;

namespace ApplyTrack.MailSim.Identity;

/// <summary>A client id the sandbox has seen, with the redirect URIs it used (for `GET /_emu/clients`).</summary>
public sealed record SeenClient(string ClientId, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, IReadOnlyList<string> RedirectUris, bool Registered);

/// <summary>
/// App registrations. By default every client id is welcome (recorded on first use) with any redirect URI and secret;
/// registered clients, and all clients under <see cref="MailSandboxOptions.RequireRegisteredClients"/>, are checked strictly.
/// </summary>
public sealed class ClientRegistry(MailSandboxOptions options, TimeProvider time) : ISandboxStateSection
{
    private readonly ConcurrentDictionary<string, RegisteredClient> _registered =
        new(options.Clients.Select(c => KeyValuePair.Create(c.ClientId, c)), StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SeenClient> _seen = new(StringComparer.OrdinalIgnoreCase);

    public void Register(RegisteredClient client) => _registered[client.ClientId] = client;

    public RegisteredClient? Find(string clientId) => _registered.GetValueOrDefault(clientId);

    public IReadOnlyList<SeenClient> Seen =>
        [.. _registered.Keys.Union(_seen.Keys, StringComparer.OrdinalIgnoreCase).Order().Select(id => _seen.TryGetValue(id, out var seen)
            ? seen with { Registered = _registered.ContainsKey(id) }
            : new SeenClient(id, default, default, _registered[id].RedirectUris, true))];

    /// <summary>Checks the client id (and redirect URI when given) and records the use.</summary>
    public AadError? Admit(string? clientId, string? redirectUri)
    {
        if (string.IsNullOrWhiteSpace(clientId))
            return AadError.InvalidRequest(900144, "The request body must contain the following parameter: 'client_id'.");
        var registered = Find(clientId);
        if (registered is null && options.RequireRegisteredClients) return AadError.UnknownClient(clientId);
        if (redirectUri is not null)
        {
            if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var redirect))
                return AadError.InvalidRequest(90102, "'redirect_uri' value must be a valid absolute URI.");
            if (registered is not null && !registered.RedirectUris.Any(r => RedirectMatches(r, redirect)))
                return AadError.RedirectMismatch(redirectUri);
        }
        var now = time.GetUtcNow();
        _seen.AddOrUpdate(clientId,
            id => new SeenClient(id, now, now, redirectUri is null ? [] : [redirectUri], registered is not null),
            (_, seen) => seen with
            {
                LastSeen = now,
                RedirectUris = redirectUri is null || seen.RedirectUris.Contains(redirectUri) ? seen.RedirectUris : [.. seen.RedirectUris, redirectUri],
            });
        return null;
    }

    /// <summary>
    /// Reply-URL matching (PROTOCOLS §1.3): scheme and host case-insensitive, path case-sensitive, a registered URI without
    /// a path matches with a trailing `/`, and for loopback hosts the port is ignored (RFC 8252).
    /// </summary>
    public static bool RedirectMatches(string registered, Uri requested)
    {
        if (!Uri.TryCreate(registered, UriKind.Absolute, out var expected)) return false;
        var loopback = expected.IsLoopback && requested.IsLoopback;
        return string.Equals(expected.Scheme, requested.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(expected.Host, requested.Host, StringComparison.OrdinalIgnoreCase)
            && (loopback || expected.Port == requested.Port)
            && string.Equals(expected.AbsolutePath, requested.AbsolutePath, StringComparison.Ordinal)
            && expected.Query == requested.Query;
    }

    string ISandboxStateSection.Name => "clients";

    JsonNode? ISandboxStateSection.Export() => JsonSerializer.SerializeToNode(new { registered = _registered.Values, seen = _seen.Values });

    void ISandboxStateSection.Import(JsonNode saved)
    {
        foreach (var client in saved["registered"]?.Deserialize<List<RegisteredClient>>() ?? []) _registered.TryAdd(client.ClientId, client);
        foreach (var seen in saved["seen"]?.Deserialize<List<SeenClient>>() ?? []) _seen.TryAdd(seen.ClientId, seen);
    }
}
