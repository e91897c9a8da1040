using System.Security.Cryptography;
using System.Text;
using ApplyTrack.Features.Accounts;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Tokens;

/// <summary>What a personal access token may do. Stored and sent as these strings.</summary>
public static class ApiScopes
{
    public const string ApplicationsRead = "applications:read";
    public const string ApplicationsWrite = "applications:write";

    public static readonly IReadOnlyList<string> All = [ApplicationsRead, ApplicationsWrite];
}

/// <summary>
/// A named, scoped token a person made for a client outside the browser (the extension, a script). Only the SHA-256
/// of the secret is kept: the secret is shown once, when it is made.
/// </summary>
public sealed class PersonalAccessToken
{
    public const int NameMaxLength = 100;

    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the secret ("atk_3kF9…"), so a person can tell their tokens apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole secret.</summary>
    public required byte[] Hash { get; set; }

    /// <summary>Space-separated <see cref="ApiScopes"/>.</summary>
    public required string Scopes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Making and recognising token secrets: 32 random bytes (256 bits) after a fixed "atk_" marker, which secret
/// scanners and people recognise. A fast hash is the right one here: a slow password hash (PBKDF2, bcrypt) protects
/// low-entropy secrets from guessing, and nobody guesses 256 random bits; SHA-256 also lets every request find its
/// token by an indexed equality lookup instead of spending a password hash's CPU per API call.
/// </summary>
public static class TokenSecret
{
    public const string Marker = "atk_";
    private const int RandomBytes = 32;
    // "atk_" + 43 base64url characters.
    private const int Length = 47;

    public static string New() => Marker + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(RandomBytes));

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static string PrefixOf(string secret) => secret[..(Marker.Length + 6)];

    /// <summary>Whether the text has the shape of a token (checked before any lookup).</summary>
    public static bool LooksLike(string? text) =>
        text is { Length: Length } && text.StartsWith(Marker, StringComparison.Ordinal) && !text.AsSpan(Marker.Length).ContainsAnyExcept(Base64Url);

    private static readonly System.Buffers.SearchValues<char> Base64Url =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.ToTable("personal_access_tokens");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(PersonalAccessToken.NameMaxLength);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.Hash).HasMaxLength(32);
        builder.Property(t => t.Scopes).HasMaxLength(200);
        builder.Ignore(t => t.ScopeList);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => new { t.UserId, t.CreatedAt });
    }
}
