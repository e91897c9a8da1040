using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ApplyTrack.MailSim.Hosting;

/// <summary>
/// A self-signed TLS certificate for the loopback listener, made in-process so nothing has to be installed or trusted
/// machine-wide: clients trust exactly this certificate (see <see cref="MailSandbox.CreateTrustingHandler"/>).
/// </summary>
public static class SandboxCertificate
{
    public static X509Certificate2 Create(DateTimeOffset now)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ApplyTrack mail sandbox", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
        // Round-trip through PKCS#12 so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.Exportable);
    }

    public static X509Certificate2 Load(string base64Pfx) =>
        X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(base64Pfx), null, X509KeyStorageFlags.Exportable);

    public static string Save(X509Certificate2 certificate) => Convert.ToBase64String(certificate.Export(X509ContentType.Pfx));

    /// <summary>Accepts a server certificate only when it is byte-for-byte <paramref name="trusted"/>.</summary>
    public static HttpClientHandler CreateTrustingHandler(X509Certificate2 trusted) => new()
    {
        AllowAutoRedirect = false,
        ServerCertificateCustomValidationCallback = (_, presented, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None || (presented is not null && presented.RawData.AsSpan().SequenceEqual(trusted.RawData)),
    };
}
