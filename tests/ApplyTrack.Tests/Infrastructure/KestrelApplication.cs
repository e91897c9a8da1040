using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ApplyTrack.Tests.Infrastructure;

/// <summary>The app on a real Kestrel loopback port (SQLite), for a real browser to talk to.</summary>
public sealed class KestrelApplication : ApplyTrackApplication
{
    public KestrelApplication() => UseKestrel(0);

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["urls"] = "http://127.0.0.1:0",
    };

    public Uri BaseAddress { get; private set; } = null!;

    protected override Task PrepareDatabaseAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return Task.CompletedTask;
    }
}
