using System.Diagnostics.CodeAnalysis;

namespace ApplyTrack.MailSim.Hosting;

/// <summary>
/// A protocol surface plugged into the sandbox host. <see cref="MailSandbox"/> finds every non-abstract implementation in
/// this assembly that has a parameterless constructor (that is how the Google side joins without the host naming it), calls
/// <see cref="AddServices"/> before the host is built and <see cref="Map"/> after routing is set up.
/// Inject <c>MailboxStore</c>, <c>TimeProvider</c> (the sandbox clock), <c>SandboxFaults</c>, <c>FaultResponses</c>
/// (register a writer for <c>SandboxSurface.Google</c>) and <c>MailSandboxOptions</c> from DI; add an
/// <see cref="ISandboxStateSection"/> to persist state in the state file.
/// </summary>
public interface ISandboxFeature
{
    void AddServices(IHostApplicationBuilder builder);

    void Map(IEndpointRouteBuilder app);
}

internal static class SandboxFeatures
{
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "The sandbox is not trimmed.")]
    public static IReadOnlyList<ISandboxFeature> Discover() =>
        [.. typeof(ISandboxFeature).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ISandboxFeature).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (ISandboxFeature)Activator.CreateInstance(t)!)];
}
