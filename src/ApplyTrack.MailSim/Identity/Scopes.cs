namespace ApplyTrack.MailSim.Identity;

/// <summary>
/// Scope strings as the identity platform reads them: Graph scopes with or without the resource prefix are the same
/// scope (`Mail.Read` ≡ `https://graph.microsoft.com/Mail.Read`); OIDC scopes belong to no resource.
/// </summary>
public static class Scopes
{
    public const string GraphResource = "https://graph.microsoft.com";
    public const string GraphAppId = "00000003-0000-0000-c000-000000000000";
    public static readonly string[] Oidc = ["openid", "profile", "email", "offline_access"];

    public static IReadOnlyList<string> Parse(string? scope) =>
        [.. (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalize).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Strips the Graph resource prefix; other resources keep their full form.</summary>
    public static string Normalize(string scope)
    {
        foreach (var prefix in new[] { GraphResource + "/", "https://graph.microsoft.com//", GraphAppId + "/" })
            if (scope.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return scope[prefix.Length..];
        return scope;
    }

    public static bool IsOidc(string scope) => Oidc.Contains(scope, StringComparer.OrdinalIgnoreCase);

    /// <summary>The resource a scope belongs to (`https://graph.microsoft.com` for short names), or null for OIDC scopes.</summary>
    public static string? ResourceOf(string scope)
    {
        if (IsOidc(scope)) return null;
        var slash = scope.LastIndexOf('/');
        return slash > 0 && scope.Contains("://", StringComparison.Ordinal) ? scope[..slash] : GraphResource;
    }

    public static IReadOnlyList<string> ResourceScopes(IEnumerable<string> scopes) => [.. scopes.Where(s => !IsOidc(s))];

    /// <summary>How the token endpoint echoes scopes: resource scopes in full form, OIDC ones short.</summary>
    public static string Format(IEnumerable<string> scopes) =>
        string.Join(' ', scopes.Select(s => IsOidc(s) || s.Contains("://", StringComparison.Ordinal) ? s : $"{GraphResource}/{s}"));

    /// <summary>What a person reads on the consent page for each permission.</summary>
    public static string Describe(string scope) => scope.ToLowerInvariant() switch
    {
        "openid" => "Sign you in",
        "profile" => "View your basic profile",
        "email" => "View your email address",
        "offline_access" => "Maintain access to data you have given it access to",
        "user.read" => "Sign you in and read your profile",
        "mail.read" => "Read your mail",
        "mail.readbasic" => "Read basic mail properties (no message bodies)",
        "mail.readwrite" => "Read and write access to your mail",
        "mail.send" => "Send mail as you",
        ".default" => "All permissions the app is registered for",
        _ => scope,
    };
}
