using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Infrastructure;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;
using MimeKit.Utils;

namespace ApplyTrack.Tests.Mail;

/// <summary>
/// The real Dovecot that <c>.ci/dovecot.sh</c> starts on loopback. Any login works with the test password and owns a
/// fresh Maildir, so every test seeds a mailbox of its own (APPEND as that user, or a raw file in its Maildir).
/// </summary>
internal static class ImapTestServer
{
    public static string Host => Setting("APPLYTRACK_TEST_IMAP_HOST");
    public static int Port => int.Parse(Setting("APPLYTRACK_TEST_IMAP_PORT"));
    public static int TlsPort => int.Parse(Setting("APPLYTRACK_TEST_IMAP_TLS_PORT"));
    public static string Password => Setting("APPLYTRACK_TEST_IMAP_PASSWORD");

    /// <summary>SHA-256 thumbprint of the server's self-signed certificate, for the app's pinning option.</summary>
    public static string CertificateThumbprint =>
        X509Certificate2.CreateFromPem(File.ReadAllText(Setting("APPLYTRACK_TEST_IMAP_CERT"))).GetCertHashString(HashAlgorithmName.SHA256);

    public static string NewLogin() => $"jordan-{Guid.NewGuid():N}";

    /// <summary>The body of <c>POST /api/connections/imap</c> for a login on the test server (plain IMAP on loopback).</summary>
    public static object ConnectBody(string login, string? password = null, string security = "none", int? port = null) =>
        new { host = Host, port = port ?? Port, security, username = login, password = password ?? Password };

    public static async Task AppendAsync(string login, params NewMailMessage[] messages)
    {
        using var client = await OpenAsync(login);
        foreach (var message in messages)
        {
            await client.Inbox.AppendAsync(new AppendRequest(ToMime(message), MessageFlags.None, message.ReceivedDateTime ?? DateTimeOffset.UtcNow));
        }
        await client.DisconnectAsync(true);
    }

    public static async Task AppendMimeAsync(string login, MimeMessage message, DateTimeOffset receivedAt)
    {
        using var client = await OpenAsync(login);
        await client.Inbox.AppendAsync(new AppendRequest(message, MessageFlags.None, receivedAt));
        await client.DisconnectAsync(true);
    }

    public static async Task AppendToFolderAsync(string login, string folderName, params NewMailMessage[] messages)
    {
        using var client = await OpenAsync(login);
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        var folder = (await root.GetSubfoldersAsync()).FirstOrDefault(f => f.Name == folderName) ?? await root.CreateAsync(folderName, true)
            ?? throw new InvalidOperationException("The folder could not be created.");
        foreach (var message in messages)
        {
            await folder.AppendAsync(new AppendRequest(ToMime(message), MessageFlags.None, message.ReceivedDateTime ?? DateTimeOffset.UtcNow));
        }
        await client.DisconnectAsync(true);
    }

    /// <summary>Creates each level of a nested folder that is missing (CREATE under its parent) and appends to the last.</summary>
    public static async Task AppendToPathAsync(string login, IReadOnlyList<string> path, params NewMailMessage[] messages)
    {
        using var client = await OpenAsync(login);
        var folder = client.GetFolder(client.PersonalNamespaces[0]);
        foreach (var name in path)
        {
            folder = (await folder.GetSubfoldersAsync()).FirstOrDefault(f => f.Name == name) ?? await folder.CreateAsync(name, true)
                ?? throw new InvalidOperationException("The folder could not be created.");
        }
        foreach (var message in messages)
        {
            await folder.AppendAsync(new AppendRequest(ToMime(message), MessageFlags.None, message.ReceivedDateTime ?? DateTimeOffset.UtcNow));
        }
        await client.DisconnectAsync(true);
    }

    /// <summary>A Maildir++ folder made on disk (".Projects.Hiring") without its parent, as some migrations leave them.</summary>
    public static async Task CreateMaildirFolderAsync(string login, string fullName)
    {
        using (var client = await OpenAsync(login))
        {
            await client.Inbox.StatusAsync(StatusItems.Count);   // the first login creates the Maildir
            await client.DisconnectAsync(true);
        }
        var folder = Path.Combine(Setting("APPLYTRACK_TEST_IMAP_MAILDIR").Replace("$USER", login), "." + fullName);
        foreach (var part in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(folder, part));
        }
    }

    /// <summary>Ends every session of the login, as a server restart or a network drop would.</summary>
    public static Task KickAsync(string login) => DoveadmAsync("kick", login);

    /// <summary>Drops bytes into the Maildir as a delivery agent would: nothing checks or repairs them.</summary>
    public static async Task DeliverRawAsync(string login, byte[] content, DateTimeOffset receivedAt)
    {
        using (var client = await OpenAsync(login))
        {
            await client.Inbox.StatusAsync(StatusItems.Count);   // the first login creates the Maildir
            await client.DisconnectAsync(true);
        }
        var maildir = Setting("APPLYTRACK_TEST_IMAP_MAILDIR").Replace("$USER", login);
        var temporary = Path.Combine(maildir, "tmp", $"{receivedAt.ToUnixTimeSeconds()}.{Guid.NewGuid():N}.applytrack");
        await File.WriteAllBytesAsync(temporary, content);
        File.SetLastWriteTimeUtc(temporary, receivedAt.UtcDateTime);
        File.Move(temporary, Path.Combine(maildir, "new", Path.GetFileName(temporary)));
    }

    public static async Task<uint> UidValidityAsync(string login)
    {
        using var client = await OpenAsync(login);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var validity = client.Inbox.UidValidity;
        await client.DisconnectAsync(true);
        return validity;
    }

    /// <summary>What a server does after a restore or a mailbox rebuild: every UID the client knew is void.</summary>
    public static async Task ChangeUidValidityAsync(string login, uint uidValidity)
    {
        await DoveadmAsync("mailbox", "update", "-u", login, "--uid-validity", uidValidity.ToString(), "INBOX");
        Assert.Equal(uidValidity, await UidValidityAsync(login));
    }

    /// <summary>The login's open IMAP sessions, as the server counts them (<c>doveadm who</c>, one line per connection).</summary>
    public static async Task<int> SessionsAsync(string login) =>
        (await DoveadmAsync("who", "-1", login)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(line => line.StartsWith(login + " ", StringComparison.Ordinal));

    private static async Task<string> DoveadmAsync(params string[] arguments)
    {
        using var doveadm = Process.Start(new ProcessStartInfo("doveadm", ["-c", Setting("APPLYTRACK_TEST_IMAP_CONFIG"), .. arguments])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var output = await doveadm.StandardOutput.ReadToEndAsync();
        var errors = await doveadm.StandardError.ReadToEndAsync();
        await doveadm.WaitForExitAsync();
        Assert.True(doveadm.ExitCode == 0, $"doveadm {string.Join(' ', arguments)} failed ({doveadm.ExitCode}): {errors}{output}");
        return output;
    }

    public static MimeMessage ToMime(NewMailMessage source)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(source.From.Name, source.From.Address));
        message.To.AddRange(source.To.Select(a => new MailboxAddress(a.Name, a.Address)));
        message.Cc.AddRange(source.Cc.Select(a => new MailboxAddress(a.Name, a.Address)));
        message.Subject = source.Subject;
        message.Date = source.SentDateTime ?? source.ReceivedDateTime ?? DateTimeOffset.UtcNow;
        message.MessageId = source.InternetMessageId?.Trim('<', '>') ?? MimeUtils.GenerateMessageId("mail.test");
        if (source.ConversationId is { } conversation)
        {
            // A conversation is a reply chain: its messages refer to one root.
            var root = $"{conversation}@thread.test";
            message.InReplyTo = root;
            message.References.Add(root);
        }
        message.Body = new BodyBuilder { TextBody = source.TextBody, HtmlBody = source.HtmlBody }.ToMessageBody();
        return message;
    }

    private static async Task<ImapClient> OpenAsync(string login)
    {
        var client = new ImapClient();
        await client.ConnectAsync(Host, Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(login, Password);
        return client;
    }

    private static string Setting(string name) => Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set. Run the suite through ./test.sh, or `source .ci/dovecot.sh` first (it starts Dovecot on loopback).");
}

/// <summary>The app on Kestrel (demo mode, hourly polling) with the IMAP IDLE watcher re-reading connections every second.</summary>
public sealed class ImapApplication : OutlookApplication
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Imap:IdleRefreshInterval"] = "00:00:01",
        ["Imap:PageSize"] = "3",
        ["Imap:ConnectTimeout"] = "00:00:10",
        ["Imap:TrustedCertificateThumbprints:0"] = ImapTestServer.CertificateThumbprint,
    };

    /// <summary>Waits until the IDLE watcher idles on the connection's inbox (for the given time since start-up).</summary>
    public Task WaitForIdleAsync(Guid connectionId, int times = 1) =>
        Eventually.WaitAsync(() => Task.FromResult(Logs.Lines.Count(l => l.Contains($"Watching the inbox of connection {connectionId}", StringComparison.Ordinal)) >= times),
            TimeSpan.FromSeconds(15), "the IDLE session");
}
