namespace ApplyTrack.Features.Mail.Providers;

/// <summary>The registered providers, by <see cref="MailProvider"/>. Scoped: providers use the request's or sync's DbContext.</summary>
public sealed class MailProviders(IEnumerable<IMailProvider> providers)
{
    private readonly Dictionary<MailProvider, IMailProvider> _byKind = providers.ToDictionary(p => p.Provider);

    public IMailProvider For(MailProvider provider) =>
        _byKind.TryGetValue(provider, out var found) ? found : throw new InvalidOperationException($"No mail provider is registered for {provider}.");

    public IMailProvider For(MailboxConnection connection) => For(connection.Provider);

    /// <summary>Which of these connections receive new mail by push right now, anywhere in the cluster: each provider answers for its own.</summary>
    public async Task<IReadOnlySet<Guid>> PushOnAsync(IEnumerable<MailboxConnection> connections, CancellationToken cancellationToken)
    {
        var pushOn = new HashSet<Guid>();
        foreach (var provider in connections.Where(c => c.Status != ConnectionStatus.Disconnected).GroupBy(c => c.Provider))
        {
            pushOn.UnionWith(await For(provider.Key).PushOnAsync(provider.ToList(), cancellationToken));
        }
        return pushOn;
    }

    /// <summary>
    /// Any exception as a provider-neutral one: already neutral, translated by the connection's provider, or null (not the provider's).
    /// </summary>
    public MailProviderException? Translate(MailboxConnection connection, Exception error) =>
        error as MailProviderException ?? For(connection).Translate(error);
}

/// <summary>A provider's own endpoints (connect, consent callback, webhooks), mapped by <see cref="MailProviderRegistration.MapMailProviders"/>.</summary>
public sealed record MailProviderEndpoints(MailProvider Provider, Action<IEndpointRouteBuilder> Map);

public static class MailProviderRegistration
{
    /// <summary>
    /// The one line a provider's folder needs: <c>services.AddMailProvider&lt;ImapSync&gt;(MailProvider.Imap, e => e.MapImap())</c>, in its
    /// own <c>AddXxx</c> extension, which <c>AddMail</c> calls.
    /// </summary>
    public static IServiceCollection AddMailProvider<TProvider>(this IServiceCollection services, MailProvider provider, Action<IEndpointRouteBuilder> mapEndpoints)
        where TProvider : class, IMailProvider
    {
        services.AddScoped<IMailProvider, TProvider>();
        services.AddSingleton(new MailProviderEndpoints(provider, mapEndpoints));
        return services;
    }

    public static IEndpointRouteBuilder MapMailProviders(this IEndpointRouteBuilder app)
    {
        foreach (var endpoints in app.ServiceProvider.GetServices<MailProviderEndpoints>())
        {
            endpoints.Map(app);
        }
        return app;
    }
}
