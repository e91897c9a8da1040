namespace ApplyTrack.Features.Cluster;

/// <summary>The <c>Cluster</c> section: how quickly a dead instance's work moves to another one.</summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>
    /// How long an instance's leases (its heartbeat, the scheduler, IDLE sessions) last without renewal. Renewed four
    /// times per lease; a killed instance's IDLE sessions resume elsewhere after it plus one IDLE refresh.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(8);
}
