using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ApplyTrack.Bench;

/// <summary>
/// What the sync and load benchmarks share: the sandbox mailbox they seed (10 % job mail, the rest newsletters),
/// the mail they inject, and the readings of another process from /proc. Linked into both bench projects.
/// </summary>
public static class BenchKit
{
    public static double CpuSeconds(int pid)
    {
        // /proc/<pid>/stat fields 14 and 15: utime and stime in clock ticks (100 per second on Linux).
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }

    public static async Task<(int JobCount, List<string> Companies)> SeedAsync(HttpClient control, string user, int count)
    {
        (await control.PostAsJsonAsync("_emu/users", new { email = user, displayName = "Bench User" })).EnsureSuccessStatusCode();
        var random = new Random(42);
        var lines = new StringBuilder();
        var companies = new List<string>();
        var jobs = 0;
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var at = now.AddMinutes(-random.Next(10, 29 * 24 * 60));
            JsonObject mail;
            if (i % 10 == 0)
            {
                var company = $"Benchmark {i / 10:0000} Corp";
                companies.Add(company);
                mail = Mail(user, company, (i / 10) % 5 == 4 ? "rejection" : "receipt", at);
                jobs++;
            }
            else
            {
                mail = new JsonObject
                {
                    ["user"] = user,
                    ["from"] = $"Store {i % 97} <news@store{i % 97}.example>",
                    ["to"] = new JsonArray(user),
                    ["subject"] = $"Your weekly deals #{i}: save on garden furniture",
                    ["body"] = $"Hello! This week only: {i % 50} % off garden furniture, free delivery over 50. Unsubscribe at any time.",
                    ["receivedDateTime"] = at.ToString("yyyy-MM-ddTHH:mm:ssZ"),
                };
            }
            lines.AppendLine(mail.ToJsonString());
        }
        var response = await control.PostAsync($"_emu/seed?user={Uri.EscapeDataString(user)}&folder=inbox", new StringContent(lines.ToString(), Encoding.UTF8, "application/x-ndjson"));
        response.EnsureSuccessStatusCode();
        return (jobs, companies);
    }

    public static JsonObject Mail(string user, string company, string kind, DateTimeOffset at)
    {
        var conversation = "conv-" + new string(company.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        var (subject, body) = kind switch
        {
            "receipt" => ($"We've received your application – Analyst at {company}",
                $"Hi, thank you for applying for the Analyst position at {company}. We have received your application and our recruiting team will review it. Best regards, {company} Talent Acquisition"),
            "rejection" => ($"Your application for Analyst at {company}",
                $"Dear candidate, thank you for your interest in the Analyst position at {company}. After careful consideration, we regret to inform you that we have decided to move forward with other candidates. {company} Recruiting"),
            _ => ($"Interview invitation – Analyst at {company}",
                $"Hi, we were impressed by your background and would like to invite you to a 45-minute interview for the Analyst role at {company}. Please pick a time using the scheduling link below. Sam, Recruiter at {company}"),
        };
        return new JsonObject
        {
            ["user"] = user,
            ["from"] = $"{company} Careers <careers@{conversation[5..]}.example>",
            ["to"] = new JsonArray(user),
            ["subject"] = subject,
            ["body"] = body,
            ["receivedDateTime"] = at.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["conversationId"] = conversation,
        };
    }

    public static async Task PostJsonAsync(HttpClient client, string path, object body) =>
        (await client.PostAsJsonAsync(path, body)).EnsureSuccessStatusCode();

    public static async Task WaitUntilUpAsync(HttpClient client)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("applytrack did not start.");
    }

    public static double Percentile(List<double> sorted, int p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    /// <summary>Peak resident memory (VmHWM) of a process, in MB.</summary>
    public static string PeakMemoryMb(int pid) => MemoryMb(pid, "VmHWM")?.ToString() ?? "?";

    /// <summary>A memory line of /proc/&lt;pid&gt;/status (VmRSS, VmHWM…) in MB; null once the process is gone.</summary>
    public static long? MemoryMb(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static void Run(string file, string arguments)
    {
        using var p = Process.Start(new ProcessStartInfo(file, arguments))!;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} failed with {p.ExitCode}.");
    }

    public static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ApplyTrack.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
