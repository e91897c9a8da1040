namespace ApplyTrack.Features.Mail.Providers;

/// <summary>The registered providers, by <see cref="MailProvider"/>. Scoped: providers use the request's or sync's DbContext.</summary>
public sealed class MailProviders(IEnumerable<IMailProvider> providers)
{
    private readonly Dictionary<MailProvider, IMailProvider> _byKind = providers.ToDictionary(p => p.Provider);

    public IMailProvider For(MailProvider provider) =>
        _byKind.TryGetValue(provider, out var found) ? found : throw new InvalidOperationException($"No mail provider is registered for {provider}.");

    public IMailProvider For(MailboxConnection connection) => For(connection.Provider);

    /// <summary>
    /// Any exception as a provider-neutral one: already neutral, translated by the connection's provider, or null (not the provider's).
    /// </summary>
    public MailProviderException? Translate(MailboxConnection connection, Exception error) =>
        error as MailProviderException ?? For(connection).Translate(error);
}

public static class MailProviderRegistration
{
    /// <summary>The one line a provider's folder needs in <c>AddMail</c>: <c>services.AddMailProvider&lt;ImapProvider&gt;()</c>.</summary>
    public static IServiceCollection AddMailProvider<TProvider>(this IServiceCollection services) where TProvider : class, IMailProvider
    {
        services.AddScoped<IMailProvider, TProvider>();
        return services;
    }
}
