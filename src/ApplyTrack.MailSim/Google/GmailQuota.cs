using System.Collections.Concurrent;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Google;

/// <summary>
/// Gmail's usage limits (PROTOCOLS §4.10): quota units per user and per project (client id) over a sliding minute, and a cap on
/// requests one user has in flight. Units per method follow Google's table (messages.get 5, history.list 2, threads 10, watch 100).
/// </summary>
public sealed class GmailQuota(MailboxStore store, GoogleSandbox settings)
{
    private readonly ConcurrentDictionary<string, UnitWindow> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, UnitWindow> _projects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Charges <paramref name="units"/>; on refusal returns the error Google would send and charges nothing.</summary>
    internal GmailResponse? TryCharge(string email, string clientId, int units)
    {
        var now = store.Time.GetUtcNow();
        var user = _users.GetOrAdd(email, _ => new UnitWindow());
        var project = _projects.GetOrAdd(clientId, _ => new UnitWindow());
        if (!user.TryAdd(now, units, settings.UserUnitsPerMinute))
            return settings.QuotaErrorsAs429 ? GoogleErrors.TooManyRequests(user.FreesAt(now)) : GoogleErrors.For(GmailFault.UserRateLimit403, now);
        if (!project.TryAdd(now, units, settings.ProjectUnitsPerMinute))
        {
            user.Refund(now, units);
            return settings.QuotaErrorsAs429 ? GoogleErrors.TooManyRequests(project.FreesAt(now)) : GoogleErrors.For(GmailFault.RateLimit403, now);
        }
        return null;
    }

    /// <summary>Counts a request in flight; false (and nothing counted) when the user already has the maximum.</summary>
    internal bool TryEnter(string email)
    {
        lock (_inFlight)
        {
            var current = _inFlight.GetValueOrDefault(email);
            if (current >= settings.MaxConcurrentRequestsPerUser) return false;
            _inFlight[email] = current + 1;
            return true;
        }
    }

    internal void Leave(string email)
    {
        lock (_inFlight) _inFlight[email] = Math.Max(0, _inFlight.GetValueOrDefault(email) - 1);
    }

    /// <summary>Forgets all usage (tests, `/_emu/google/reset`).</summary>
    public void Reset()
    {
        _users.Clear();
        _projects.Clear();
    }

    /// <summary>Units spent per second over the last minute.</summary>
    private sealed class UnitWindow
    {
        private readonly Lock _gate = new();
        private readonly Queue<(long Second, int Units)> _spent = new();
        private long _total;

        public bool TryAdd(DateTimeOffset now, int units, int limit)
        {
            lock (_gate)
            {
                Trim(now);
                if (_total + units > limit) return false;
                _spent.Enqueue((now.ToUnixTimeSeconds(), units));
                _total += units;
                return true;
            }
        }

        public void Refund(DateTimeOffset now, int units)
        {
            lock (_gate)
            {
                _spent.Enqueue((now.ToUnixTimeSeconds(), -units));
                _total -= units;
            }
        }

        public DateTimeOffset FreesAt(DateTimeOffset now)
        {
            lock (_gate) return _spent.TryPeek(out var oldest) ? DateTimeOffset.FromUnixTimeSeconds(oldest.Second + 60) : now;
        }

        private void Trim(DateTimeOffset now)
        {
            var cutoff = now.ToUnixTimeSeconds() - 60;
            while (_spent.TryPeek(out var oldest) && oldest.Second <= cutoff)
            {
                _spent.Dequeue();
                _total -= oldest.Units;
            }
        }
    }
}
