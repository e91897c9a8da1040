namespace ApplyTrack.MailSim.Identity;

/// <summary>
/// An app registration. Registered clients are checked strictly: redirect URI (loopback port ignored, RFC 8252), secret
/// for confidential clients, no secret for public ones (AADSTS700025).
/// </summary>
public sealed record RegisteredClient(string ClientId)
{
    public string DisplayName { get; init; } = "ApplyTrack";

    /// <summary>Null for a public client (desktop/mobile), which must not send a secret.</summary>
    public string? ClientSecret { get; init; }

    public IReadOnlyList<string> RedirectUris { get; init; } = [];

    /// <summary>Scopes granted by `.default` and by admin consent.</summary>
    public IReadOnlyList<string> StaticScopes { get; init; } = ["User.Read", "Mail.Read"];

    public bool IsPublic => ClientSecret is null;
}
