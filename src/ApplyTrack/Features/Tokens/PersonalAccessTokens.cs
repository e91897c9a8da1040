using ApplyTrack.Features.Audit;
using ApplyTrack.Features.Data;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Tokens;

public sealed record TokenResponse(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>The new token, with its secret: the only time the secret is ever shown.</summary>
public sealed record CreatedTokenResponse(TokenResponse Token, string Secret);

/// <summary>A person's tokens: made (secret shown once), listed, revoked — each audited. Used by the API and the settings page.</summary>
public sealed class PersonalAccessTokens(ApplyTrackDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>Enough for a browser or two and a few scripts; a runaway script cannot fill the table.</summary>
    public const int ActiveLimit = 20;

    public static Dictionary<string, string[]> Validate(string? name, IReadOnlyCollection<string>? scopes)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors["name"] = ["Name the token (e.g. \"Chrome on my laptop\")."];
        }
        else if (name.Trim().Length > PersonalAccessToken.NameMaxLength)
        {
            errors["name"] = [$"The name is too long ({PersonalAccessToken.NameMaxLength} characters at most)."];
        }
        if (scopes is null || scopes.Count == 0)
        {
            errors["scopes"] = [$"Choose at least one scope: {string.Join(", ", ApiScopes.All)}."];
        }
        else if (scopes.FirstOrDefault(s => !ApiScopes.All.Contains(s)) is { } unknown)
        {
            errors["scopes"] = [$"Unknown scope '{(unknown.Length > 40 ? unknown[..40] + "…" : unknown)}'. Use {string.Join(" or ", ApiScopes.All)}."];
        }
        return errors;
    }

    /// <summary>Null when the user already has <see cref="ActiveLimit"/> active tokens. Arguments must be valid (<see cref="Validate"/>).</summary>
    public async Task<CreatedTokenResponse?> CreateAsync(string userId, string name, IReadOnlyCollection<string> scopes, HttpContext? http, CancellationToken cancellationToken)
    {
        if (await db.Set<PersonalAccessToken>().CountAsync(t => t.UserId == userId && t.RevokedAt == null, cancellationToken) >= ActiveLimit)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var secret = TokenSecret.New();
        var token = new PersonalAccessToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Name = name.Trim(),
            Prefix = TokenSecret.PrefixOf(secret),
            Hash = TokenSecret.Hash(secret),
            Scopes = string.Join(' ', ApiScopes.All.Where(scopes.Contains)),
            CreatedAt = now,
        };
        db.Set<PersonalAccessToken>().Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(userId, AuditKind.TokenCreated, http, $"{Describe(token)} · {token.Scopes}", cancellationToken);
        return new CreatedTokenResponse(ToResponse(token), secret);
    }

    public async Task<List<TokenResponse>> ListAsync(string userId, CancellationToken cancellationToken) =>
        (await db.Set<PersonalAccessToken>().AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken))
            .Select(ToResponse).ToList();

    /// <summary>False when the user has no such token. Revoking twice is not an error.</summary>
    public async Task<bool> RevokeAsync(string userId, Guid id, HttpContext? http, CancellationToken cancellationToken)
    {
        var token = await db.Set<PersonalAccessToken>().SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return false;
        }
        if (token.RevokedAt is null)
        {
            token.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(userId, AuditKind.TokenRevoked, http, Describe(token), cancellationToken);
        }
        return true;
    }

    public static string Describe(PersonalAccessToken token) => $"\"{token.Name}\" ({token.Prefix}…)";

    public static TokenResponse ToResponse(PersonalAccessToken t) => new(t.Id, t.Name, t.Prefix, t.ScopeList, t.CreatedAt, t.LastUsedAt, t.RevokedAt);
}
