namespace ApplyTrack.Features.Mail.Providers;

/// <summary>
/// A provider's failure in provider-neutral terms. The message is safe to show and to store (it names the provider's status or
/// reason, never mail content or tokens). Not transient unless a subclass says so: the next scheduled sync tries again.
/// </summary>
public class MailProviderException(string userMessage, Exception? inner = null) : Exception(userMessage, inner);

/// <summary>The provider refused the stored credentials for good: the person must connect the mailbox again.</summary>
public sealed class ReauthenticationRequiredException(string userMessage, Exception inner) : MailProviderException(userMessage, inner);

/// <summary>The provider asked us to slow down (after its own retries gave up); try again after <see cref="RetryAfter"/>.</summary>
public sealed class ProviderThrottledException(string userMessage, TimeSpan? retryAfter, Exception? inner = null) : MailProviderException(userMessage, inner)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>A network error or a provider outage: the same request is expected to work shortly.</summary>
public sealed class ProviderTransientException(string userMessage, Exception? inner = null) : MailProviderException(userMessage, inner);
