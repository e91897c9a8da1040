using System.CommandLine;

namespace ApplyTrack.Tests.Operations;

/// <summary>Runs an operator command in-process as `applytrack &lt;verb&gt; …` would, capturing what it prints.</summary>
internal static class OperatorCommands
{
    public static async Task<CommandRun> RunAsync(Command command, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await command.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>The app on SQLite under an explicit encryption key (ApplyTrack:EncryptionKey), its data folder visible to the test.</summary>
internal sealed class KeyedApplication(string key) : ApplyTrack.Tests.Infrastructure.ApplyTrackApplication
{
    public string DataFolder => DataDirectory;

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ApplyTrack:EncryptionKey"] = key,
    };
}
