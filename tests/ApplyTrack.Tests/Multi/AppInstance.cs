using System.Diagnostics;
using System.Text;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Multi;

/// <summary>
/// One real app process (<c>dotnet applytrack.dll</c>, the build output beside the tests) on its own loopback port,
/// started with the settings the cluster shares. Killed, not stopped, when the test says so: an OS kill, no shutdown code.
/// </summary>
public sealed class AppInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("applytrack-multi-").FullName;

    private AppInstance(int port, IReadOnlyDictionary<string, string> settings)
    {
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "applytrack.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.ArgumentList.Add("--environment");
        start.ArgumentList.Add("Production");
        start.ArgumentList.Add($"--ApplyTrack:DataDirectory={Path.Combine(_dataDirectory, "data")}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
    }

    public int Port { get; }
    public Uri BaseAddress { get; }
    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>The process's name in leases: <c>machine/pid/…</c>.</summary>
    public bool Owns(string leaseOwner) => leaseOwner.Contains($"/{ProcessId}/", StringComparison.Ordinal);

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static async Task<AppInstance> StartAsync(IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        var instance = new AppInstance(port ?? OutlookApplication.FreePort(), settings);
        instance._process.Start();
        instance._process.BeginOutputReadLine();
        instance._process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = instance.BaseAddress };
        try
        {
            await Eventually.WaitAsync(async () =>
            {
                Assert.False(instance._process.HasExited, $"The instance on port {instance.Port} exited:\n{instance.Output}");
                try { return (await client.GetAsync("/health/ready")).IsSuccessStatusCode; }
                catch (HttpRequestException) { return false; }
            }, TimeSpan.FromSeconds(90), $"the instance on port {instance.Port} to be ready");
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
        return instance;
    }

    /// <summary>SIGKILL: no graceful shutdown, leases and sessions are left as a crash leaves them.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public HttpClient CreateClient(System.Net.CookieContainer cookies) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        // What the process said, for a failing run (the console is quiet: warnings and the app's own information lines).
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), $"applytrack-multi-{Port}.log"), Output);
        _process.Dispose();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
