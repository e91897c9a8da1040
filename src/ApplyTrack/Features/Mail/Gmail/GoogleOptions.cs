namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>The <c>Google</c> section. Without a ClientId (and with the sandbox on), Connect Gmail goes to the built-in sandbox.</summary>
public sealed class GoogleOptions
{
    public const string Section = "Google";

    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    public string AuthorizationEndpoint { get; set; } = "https://accounts.google.com/o/oauth2/v2/auth";
    public string TokenEndpoint { get; set; } = "https://oauth2.googleapis.com/token";
    public string RevokeEndpoint { get; set; } = "https://oauth2.googleapis.com/revoke";
    public string GmailBaseUrl { get; set; } = "https://gmail.googleapis.com/";

    /// <summary>The redirect URI registered for the client; by default the callback on the host the browser used.</summary>
    public string? RedirectUri { get; set; }

    /// <summary>Cloud Pub/Sub topic <c>projects/{project}/topics/{topic}</c> that Gmail publishes mailbox changes to (for <c>users.watch</c>).</summary>
    public string? PubSubTopic { get; set; }

    /// <summary>
    /// How a Pub/Sub push proves it comes from Google. <see cref="GmailPushAuthentication.Oidc"/> (default): the push
    /// subscription is an authenticated one and its signed OIDC token is verified. <see cref="GmailPushAuthentication.UrlToken"/>:
    /// a fallback the operator chooses, a shared secret in the endpoint URL (which then appears in access logs).
    /// </summary>
    public GmailPushAuthentication PushAuthentication { get; set; } = GmailPushAuthentication.Oidc;

    /// <summary>The service account the push subscription signs as (its token's <c>email</c> claim). Required for OIDC push.</summary>
    public string? PushServiceAccount { get; set; }

    /// <summary>The audience set on the push subscription (Pub/Sub's default is the push endpoint URL). Required for OIDC push.</summary>
    public string? PushAudience { get; set; }

    /// <summary>Where Google publishes the keys that sign push tokens (JWKS).</summary>
    public string PushJwksUrl { get; set; } = "https://www.googleapis.com/oauth2/v3/certs";

    /// <summary>
    /// With <see cref="GmailPushAuthentication.UrlToken"/>: the secret the push subscription appends to the endpoint
    /// (<c>/webhooks/gmail?token=…</c>), compared in constant time.
    /// </summary>
    public string? PushToken { get; set; }

    /// <summary>Use Gmail push (watch + Pub/Sub) when it is available. Off: polling only.</summary>
    public bool PushEnabled { get; set; } = true;

    /// <summary>Message ids per <c>messages.list</c> page; each page is one checkpoint (Gmail allows up to 500).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>
    /// Gmail quota units one sync may spend per minute. Google allows 15,000 per user, shared with the person's other mail
    /// clients (phone, IMAP); the default leaves them a tenth.
    /// </summary>
    public int UnitsPerMinute { get; set; } = 13_500;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>How Gmail push requests are authenticated; see <see cref="GoogleOptions.PushAuthentication"/>.</summary>
public enum GmailPushAuthentication
{
    Oidc,
    UrlToken,
}
