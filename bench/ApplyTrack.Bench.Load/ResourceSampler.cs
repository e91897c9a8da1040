using Npgsql;
using static ApplyTrack.Bench.BenchKit;

namespace ApplyTrack.Bench.Load;

/// <summary>
/// Every 500 ms: each instance's resident memory (/proc/&lt;pid&gt;/status VmRSS) and the cluster database's connections
/// in pg_stat_activity by Application Name (the bench's own monitoring connection excluded), plus the CPU time of every
/// PostgreSQL backend seen serving the instances (/proc/&lt;pid&gt;/stat of the backend, last reading kept).
/// </summary>
public sealed class ResourceSampler : IDisposable
{
    private readonly LoadCluster _cluster;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, long> _maxRss = [];
    private readonly Dictionary<string, int> _maxConnections = [];
    private readonly Dictionary<int, double> _backendCpu = [];
    private readonly Dictionary<int, double> _backendCpuAtStart = [];   // backends pooled before sampling began: their earlier work is not counted
    private bool _first = true;
    private readonly Dictionary<string, int> _lastConnections = [];
    private int _maxTotal;
    private readonly Task _loop;

    public ResourceSampler(LoadCluster cluster)
    {
        _cluster = cluster;
        _loop = Task.Run(LoopAsync);
    }

    public int MaxConnectionsTotal { get { lock (_maxRss) return _maxTotal; } }
    public double BackendCpuSeconds { get { lock (_maxRss) return _backendCpu.Sum(b => b.Value - _backendCpuAtStart.GetValueOrDefault(b.Key)); } }
    public long MaxRssMb(LoadInstance instance) { lock (_maxRss) return _maxRss.GetValueOrDefault(instance.Name); }
    public int MaxConnections(string name) { lock (_maxRss) return _maxConnections.GetValueOrDefault(name); }

    /// <summary>The largest count seen for each Application Name (an empty name: a connection opened without the configured string).</summary>
    public string MaxByName() { lock (_maxRss) return string.Join(", ", _maxConnections.OrderBy(c => c.Key).Select(c => $"'{c.Key}' {c.Value}")); }

    /// <summary>The latest readings, for progress lines.</summary>
    public string Now()
    {
        lock (_maxRss)
        {
            return string.Join(", ", _cluster.Instances.Select(i => $"{i.Name} RSS {MemoryMb(i.ProcessId, "VmRSS")} MB, {_lastConnections.GetValueOrDefault(i.Name)} DB conns"));
        }
    }

    private async Task LoopAsync()
    {
        await using var connection = await _cluster.OpenAsync();
        while (!_stop.IsCancellationRequested)
        {
            var connections = new Dictionary<string, int>();
            var backends = new List<int>();
            await using (var command = new NpgsqlCommand(
                "SELECT coalesce(application_name, ''), pid FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", connection))
            {
                command.Parameters.AddWithValue("db", _cluster.DatabaseName);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var name = reader.GetString(0);
                    connections[name] = connections.GetValueOrDefault(name) + 1;
                    if (name.StartsWith("load-", StringComparison.Ordinal) && name != "load-bench") backends.Add(reader.GetInt32(1));
                }
            }
            lock (_maxRss)
            {
                _lastConnections.Clear();
                foreach (var (name, count) in connections)
                {
                    _lastConnections[name] = count;
                    _maxConnections[name] = Math.Max(_maxConnections.GetValueOrDefault(name), count);
                }
                _maxTotal = Math.Max(_maxTotal, connections.Where(c => c.Key != "load-bench").Sum(c => c.Value));
                foreach (var instance in _cluster.Instances)
                {
                    _maxRss[instance.Name] = Math.Max(_maxRss.GetValueOrDefault(instance.Name), MemoryMb(instance.ProcessId, "VmRSS") ?? 0);
                }
                foreach (var pid in backends)
                {
                    try
                    {
                        _backendCpu[pid] = CpuSeconds(pid);
                        if (_first) _backendCpuAtStart[pid] = _backendCpu[pid];
                    }
                    catch (IOException) { }   // the backend closed between the query and the read
                }
                _first = false;
            }
            try { await Task.Delay(500, _stop.Token); }
            catch (OperationCanceledException) { }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); }
        catch (AggregateException) { }
        _stop.Dispose();
    }
}
