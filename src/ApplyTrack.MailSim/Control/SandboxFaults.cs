using System.Text.Json.Serialization;

namespace ApplyTrack.MailSim.Control;

/// <summary>Which protocol a request belongs to; faults target one or all of them, and each writes errors its own way.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SandboxSurface>))]
public enum SandboxSurface
{
    All,
    Identity,
    Graph,
    Google,
    Control,
}

/// <summary>Transport faults applied before a request reaches its endpoint. Swap the whole record to change them.</summary>
public sealed record TransportFaults
{
    /// <summary>Added to every request of the target surface.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Chance (0–1) of answering 429 with `Retry-After`.</summary>
    public double ThrottleProbability { get; init; }

    /// <summary>Chance (0–1) of answering 503 or 504.</summary>
    public double ServerErrorProbability { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    public SandboxSurface Target { get; init; } = SandboxSurface.Graph;

    /// <summary>Graph's "4 concurrent requests per app and mailbox" limit; the 5th concurrent request gets 429.</summary>
    public bool EnforceConcurrencyLimit { get; init; } = true;
}

/// <summary>Switches for the Microsoft identity endpoints; each makes the documented error come back.</summary>
public sealed record IdentityFaults
{
    /// <summary>`/authorize` answers consent_required and refresh answers invalid_grant, both AADSTS65001.</summary>
    public bool RequireConsent { get; init; }

    /// <summary>
    /// Work accounts get AADSTS90094 until a tenant admin completes `/adminconsent` for every scope asked for (personal
    /// accounts cannot need admin consent). <see cref="AdminConsentReply"/> picks how the refusal reaches the app.
    /// </summary>
    public bool RequireAdminConsent { get; init; }

    public AdminConsentReply AdminConsentReply { get; init; } = AdminConsentReply.ConsentRequired;

    /// <summary>The tenant lets only assigned users in: `/authorize` answers access_denied, AADSTS50105.</summary>
    public bool UserNotAssigned { get; init; }

    /// <summary>The user presses Cancel (auto-consent declines): access_denied, AADSTS65004.</summary>
    public bool UserDeclines { get; init; }

    /// <summary>Refresh answers interaction_required (AADSTS50076, MFA step-up) with a claims challenge.</summary>
    public bool RequireInteraction { get; init; }

    /// <summary>A refresh token can be redeemed once; reuse answers AADSTS70008.</summary>
    public bool StrictRotation { get; init; }

    /// <summary>Refresh answers temporarily_unavailable (AADSTS90006) with 503.</summary>
    public bool TemporarilyUnavailable { get; init; }
}

/// <summary>How a "Need admin approval" refusal comes back on the authorize redirect.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdminConsentReply>))]
public enum AdminConsentReply
{
    /// <summary>`error=consent_required`, AADSTS90094.</summary>
    ConsentRequired,

    /// <summary>`error=access_denied`, AADSTS90094.</summary>
    AccessDenied,

    /// <summary>The person pressed "Return to the application" on the approval page: `error=access_denied&amp;error_subcode=cancel`, AADSTS65004.</summary>
    ReturnedToApp,
}

/// <summary>Delta behaviours Graph is allowed to show and clients must survive (PROTOCOLS §2.4, §8.3).</summary>
public sealed record DeltaQuirks
{
    /// <summary>Put an empty page (no items, a nextLink) before every page of a round.</summary>
    public bool EmptyPages { get; init; }

    /// <summary>Start every later round two changes early, so items already seen come again.</summary>
    public bool Replays { get; init; }

    /// <summary>Most messages one `$filter`ed round returns (Graph: 5,000). Lower it to exercise the cap with a small mailbox.</summary>
    public int FilteredRoundCap { get; init; } = 5000;
}

/// <summary>One queued "fail the next request" entry (`POST /_emu/faults/fail-next`).</summary>
public sealed record QueuedFailure(int Status, SandboxSurface Target, int? RetryAfterSeconds);

/// <summary>How an invalidated Graph delta token is reported (PROTOCOLS §2.5).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeltaExpiryMode>))]
public enum DeltaExpiryMode
{
    SyncStateNotFound,
    ResyncRequired,

    /// <summary>410 with a `Location` header pointing at the same query with an empty `$deltatoken`.</summary>
    Location,
}

/// <summary>All runtime switches, changed through `/_emu/faults` and friends.</summary>
public sealed class SandboxFaults
{
    private readonly Lock _gate = new();
    private readonly Queue<QueuedFailure> _next = new();
    private readonly Dictionary<string, long> _deltaGenerations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTimeOffset> _refreshExpiredBefore = new(StringComparer.OrdinalIgnoreCase);

    public TransportFaults Transport { get; set; } = new();

    public IdentityFaults Identity { get; set; } = new();

    public DeltaExpiryMode DeltaExpiry { get; set; } = DeltaExpiryMode.SyncStateNotFound;

    public DeltaQuirks Delta { get; set; } = new();

    private readonly Dictionary<string, HashSet<string>> _adminConsentedTenants = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Tenants whose admin completed `/adminconsent` while <see cref="IdentityFaults.RequireAdminConsent"/> is on.</summary>
    public IReadOnlyList<string> AdminConsentedTenants { get { lock (_gate) return [.. _adminConsentedTenants.Keys]; } }

    /// <summary>Records what an admin approved for the whole tenant; later grants add to earlier ones.</summary>
    public void GrantAdminConsent(string tenantId, IEnumerable<string> scopes)
    {
        lock (_gate)
        {
            if (!_adminConsentedTenants.TryGetValue(tenantId, out var granted))
                _adminConsentedTenants[tenantId] = granted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            granted.UnionWith(scopes);
        }
    }

    /// <summary>True when an admin of the tenant approved every one of <paramref name="scopes"/> (all of them, when null).</summary>
    public bool HasAdminConsent(string tenantId, IEnumerable<string>? scopes = null)
    {
        lock (_gate)
            return _adminConsentedTenants.TryGetValue(tenantId, out var granted) && (scopes is null || scopes.All(granted.Contains));
    }

    public void ClearAdminConsent()
    {
        lock (_gate) _adminConsentedTenants.Clear();
    }

    public void FailNext(int count, int status, SandboxSurface target, int? retryAfterSeconds)
    {
        lock (_gate)
            for (var i = 0; i < count; i++) _next.Enqueue(new QueuedFailure(status, target, retryAfterSeconds));
    }

    public int QueuedFailures { get { lock (_gate) return _next.Count; } }

    public QueuedFailure? TakeQueuedFailure(SandboxSurface surface)
    {
        lock (_gate)
        {
            if (_next.TryPeek(out var failure) && (failure.Target == SandboxSurface.All || failure.Target == surface))
                return _next.Dequeue();
            return null;
        }
    }

    /// <summary>Delta tokens carry the generation they were minted in; bumping it makes them all answer 410.</summary>
    public long DeltaGeneration(string mailboxId)
    {
        lock (_gate) return _deltaGenerations.GetValueOrDefault(mailboxId) + _deltaGenerations.GetValueOrDefault("*");
    }

    public void InvalidateDeltaTokens(string? mailboxId)
    {
        lock (_gate) _deltaGenerations[mailboxId ?? "*"] = _deltaGenerations.GetValueOrDefault(mailboxId ?? "*") + 1;
    }

    /// <summary>Refresh tokens issued before this moment fail with AADSTS700082 (expired by inactivity).</summary>
    public DateTimeOffset? RefreshTokensExpiredBefore(string mailboxId)
    {
        lock (_gate)
        {
            DateTimeOffset? mine = _refreshExpiredBefore.TryGetValue(mailboxId, out var m) ? m : null;
            DateTimeOffset? everyone = _refreshExpiredBefore.TryGetValue("*", out var e) ? e : null;
            return mine > everyone || everyone is null ? mine : everyone;
        }
    }

    public void ExpireRefreshTokens(string? mailboxId, DateTimeOffset now)
    {
        lock (_gate) _refreshExpiredBefore[mailboxId ?? "*"] = now;
    }

    public void Reset()
    {
        lock (_gate)
        {
            _next.Clear();
            Transport = new();
            Identity = new();
            DeltaExpiry = DeltaExpiryMode.SyncStateNotFound;
            Delta = new();
            _adminConsentedTenants.Clear();
        }
    }
}
