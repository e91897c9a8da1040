using System.CommandLine;
using ApplyTrack.Classification.Model;

namespace ApplyTrack.Classification.Bench;

/// <summary>
/// Rewrites a format-6 model artifact as format 7 (the scorer's tables added beside the same ML.NET model), so a
/// committed model gains the fast load without a retrain and without changing any prediction.
/// </summary>
internal static class UpgradeCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Required = true, Description = "Format-6 model artifact." };
        var output = new Option<FileInfo>("--output") { Required = true, Description = "Where to write the format-7 artifact." };
        var command = new Command("upgrade-model", "Rewrite a format-6 model artifact as format 7 (same model, scorer tables added).") { input, output };
        command.SetAction((ParseResult result) =>
        {
            var bytes = File.ReadAllBytes(result.GetValue(input)!.FullName);
            using var destination = new MemoryStream();
            ModelArtifact.Upgrade(new MemoryStream(bytes), destination);
            File.WriteAllBytes(result.GetValue(output)!.FullName, destination.ToArray());
            Console.WriteLine($"wrote {result.GetValue(output)!.FullName} ({destination.Length} bytes, format {ModelArtifact.CurrentFormat})");
            return 0;
        });
        return command;
    }
}
