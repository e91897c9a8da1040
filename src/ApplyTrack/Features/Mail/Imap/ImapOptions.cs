namespace ApplyTrack.Features.Mail.Imap;

/// <summary>The <c>Imap</c> section: paging, limits and the IDLE watcher of IMAP mailboxes.</summary>
public sealed class ImapOptions
{
    public const string Section = "Imap";

    /// <summary>Messages fetched and saved per checkpoint.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>
    /// Messages up to this size are downloaded whole, a page in one command (one round trip per page). Larger ones
    /// fetch only their text part, one command each, so attachments stay on the server.
    /// </summary>
    public long WholeMessageBytes { get; set; } = 256 * 1024;

    /// <summary>Text parts larger than this are not downloaded; the message is still classified on its headers and subject.</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Socket timeout of every IMAP command, connect included.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long Connect IMAP waits for the server to accept the login (at most 10 s: see Validate).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Let users connect to loopback, private and link-local addresses (a mail server on this machine or LAN).
    /// Off in production, so Connect IMAP cannot probe the server's own network; on in demo mode and tests.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Keep one IDLE session per active mailbox whose server offers IDLE. Off: polling only.</summary>
    public bool IdleEnabled { get; set; } = true;

    /// <summary>How often the IDLE watcher re-reads the list of connections (new, reconnected, disconnected).</summary>
    public TimeSpan IdleRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the IDLE watcher looks for sessions another instance left behind (its lease, <c>Cluster:LeaseDuration</c>,
    /// ran out) and takes them over.
    /// </summary>
    public TimeSpan IdleTakeoverInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>RFC 2177: servers may drop an IDLE after 30 minutes, so it is re-issued before that.</summary>
    public TimeSpan IdleRestartInterval { get; set; } = TimeSpan.FromMinutes(25);

    /// <summary>Longest wait between reconnect attempts of a dropped IDLE session.</summary>
    public TimeSpan IdleMaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>IDLE sessions this instance keeps open at most; the rest are polled.</summary>
    public int MaxIdleSessions { get; set; } = 200;

    /// <summary>Accept <c>security: none</c> for any host (a trusted network). Off: only for a server on this machine.</summary>
    public bool AllowUnencrypted { get; set; }

    /// <summary>
    /// SHA-256 thumbprints (hex) of self-signed server certificates to accept, for self-hosted servers.
    /// Every other certificate must chain to a trusted root and match the host name.
    /// </summary>
    public string[] TrustedCertificateThumbprints { get; set; } = [];
}
