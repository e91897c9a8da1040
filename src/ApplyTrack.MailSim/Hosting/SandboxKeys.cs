using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApplyTrack.MailSim.Hosting;

/// <summary>
/// Key material: an RSA key signing id and access tokens (published as JWKS) and an HMAC secret sealing opaque tokens
/// (refresh tokens, delta/skip tokens). Persisted in the state file so tokens survive a restart.
/// </summary>
public sealed class SandboxKeys
{
    private readonly RSA _rsa;
    private readonly byte[] _secret;

    public SandboxKeys(RSA rsa, byte[] secret)
    {
        _rsa = rsa;
        _secret = secret;
        KeyId = Base64Url(SHA256.HashData(rsa.ExportRSAPublicKey()))[..27];
    }

    public static SandboxKeys Create() => new(RSA.Create(2048), RandomNumberGenerator.GetBytes(32));

    public string KeyId { get; }

    public JsonObject Jwks()
    {
        var p = _rsa.ExportParameters(false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = KeyId, ["x5t"] = KeyId,
                ["n"] = Base64Url(p.Modulus!), ["e"] = Base64Url(p.Exponent!),
            }),
        };
    }

    public string CreateJwt(JsonObject claims)
    {
        var header = new JsonObject { ["typ"] = "JWT", ["alg"] = "RS256", ["kid"] = KeyId };
        var signingInput = $"{Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()))}";
        var signature = _rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url(signature)}";
    }

    /// <summary>Returns the claims of a JWT this sandbox signed, or null when it is malformed or the signature is wrong.</summary>
    public JsonObject? ReadJwt(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return null;
        try
        {
            var valid = _rsa.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            return valid ? JsonNode.Parse(FromBase64Url(parts[1])) as JsonObject : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Seals a payload into an opaque, tamper-proof string.</summary>
    public string Seal<T>(T payload)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(payload, SealOptions);
        var mac = HMACSHA256.HashData(_secret, body).AsSpan(0, 16).ToArray();
        return $"{Base64Url(body)}.{Base64Url(mac)}";
    }

    public T? Unseal<T>(string sealedValue) where T : class
    {
        var dot = sealedValue.LastIndexOf('.');
        if (dot <= 0) return null;
        try
        {
            var body = FromBase64Url(sealedValue[..dot]);
            var mac = FromBase64Url(sealedValue[(dot + 1)..]);
            var expected = HMACSHA256.HashData(_secret, body).AsSpan(0, 16);
            return CryptographicOperations.FixedTimeEquals(expected, mac) ? JsonSerializer.Deserialize<T>(body, SealOptions) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    public JsonObject Export() => new()
    {
        ["rsa"] = _rsa.ExportRSAPrivateKeyPem(),
        ["secret"] = Convert.ToBase64String(_secret),
    };

    public static SandboxKeys Import(JsonObject saved)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem((string)saved["rsa"]!);
        return new SandboxKeys(rsa, Convert.FromBase64String((string)saved["secret"]!));
    }

    private static readonly JsonSerializerOptions SealOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string value)
    {
        var s = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
