using System.Xml.Linq;
using ApplyTrack.Features.Hosting;
using ApplyTrack.Features.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Data;

/// <summary>
/// Where the keys behind sign-in cookies and antiforgery tokens live, so sessions survive a restart: the data
/// directory with SQLite (one instance), the database with PostgreSQL (every instance shares them). Either way they
/// are encrypted under the metadata key (<see cref="MetadataCipher"/>), so the database or the folder alone
/// cannot forge a session.
/// </summary>
public static class DataProtectionKeys
{
    public static IHostApplicationBuilder AddDataProtectionKeys(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName("ApplyTrack");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, services) =>
        {
            var logs = services.GetRequiredService<ILoggerFactory>();
            options.XmlRepository = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? new EntityFrameworkCoreXmlRepository<PostgresApplyTrackDbContext>(services, logs)
                : new FileSystemXmlRepository(KeyDirectory(services.GetRequiredService<IOptions<ApplyTrackOptions>>().Value), logs);
            options.XmlEncryptor = new MetadataKeyXmlEncryptor(services.GetRequiredService<MetadataCipher>());
        });
        return builder;
    }

    private static DirectoryInfo KeyDirectory(ApplyTrackOptions options)
    {
        var keys = Path.Combine(options.ResolveDataDirectory(), "keys");
        var path = Path.Combine(keys, "data-protection");
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }
        // One level at a time: CreateDirectory gives only the last level the mode.
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(keys, OwnerOnly);
        return Directory.CreateDirectory(path, OwnerOnly);
    }
}

/// <summary>Encrypts a data-protection key's XML with AES-256-GCM under the metadata key.</summary>
public sealed class MetadataKeyXmlEncryptor(MetadataCipher cipher) : IXmlEncryptor
{
    public const string Purpose = "dataprotection.key";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var ciphertext = cipher.Encrypt(plaintextElement.ToString(SaveOptions.DisableFormatting), Purpose);
        return new EncryptedXmlInfo(new XElement("encryptedKey", Convert.ToBase64String(ciphertext)), typeof(MetadataKeyXmlDecryptor));
    }
}

/// <summary>Created by the data-protection system (by type name, with the service provider) to read keys back.</summary>
public sealed class MetadataKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(services.GetRequiredService<MetadataCipher>().DecryptString(Convert.FromBase64String(encryptedElement.Value), MetadataKeyXmlEncryptor.Purpose));
}
