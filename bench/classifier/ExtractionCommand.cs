using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Bench;

/// <summary>
/// Company and role extraction alone, for speed work: CPU milliseconds per application-event email on one thread, and
/// proof that a change left every output as it was. <c>--write</c> records a hash of what extraction returns for every
/// row, everyday mail included (so no name read from everyday mail is stored); <c>--compare</c> lists the rows whose
/// output changed.
/// </summary>
internal static class ExtractionCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "Labelled JSON Lines files or folders." };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the application-event rows (0: none).", DefaultValueFactory = _ => 5 };
        var write = new Option<FileInfo?>("--write") { Description = "Write each row's id and a hash of its extracted company and role here." };
        var compare = new Option<FileInfo?>("--compare") { Description = "Compare each row's extraction with a file written by --write." };
        var command = new Command("extraction", "CPU ms per email of company/role extraction (application events, one thread); --write/--compare its outputs.") { data, rounds, write, compare };
        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var rows = TrainingCorpus.Read(result.GetValue(data)!);
            var texts = rows.Select(r => (r.Id, r.Label, Text: MailTextReader.Read(r.Email), r.Email.To)).ToList();
            var outputs = result.GetValue(write) is null && result.GetValue(compare) is null
                ? []
                : texts.Select(t => $"{t.Id}\t{Hash(CompanyAndRole.Extract(t.Text, t.To))}").ToList();
            if (result.GetValue(write) is { } file)
            {
                await File.WriteAllLinesAsync(file.FullName, outputs, cancellationToken);
                Console.WriteLine($"wrote {outputs.Count} extractions to {file.FullName}");
            }

            if (result.GetValue(compare) is { } recorded)
            {
                var before = await File.ReadAllLinesAsync(recorded.FullName, cancellationToken);
                var differing = before.Length == outputs.Count ? outputs.Where((line, i) => line != before[i]).Select(line => line.Split('\t')[0]).ToList() : null;
                Console.WriteLine(differing is null
                    ? $"row counts differ: {before.Length} recorded, {outputs.Count} now"
                    : $"{differing.Count} of {outputs.Count} extractions differ{(differing.Count > 0 ? ": " + string.Join(' ', differing.Take(50)) : "")}");
            }

            var jobs = texts.Where(t => t.Label != EmailLabels.None).ToList();
            var f = CultureInfo.InvariantCulture;
            for (var round = 0; round < result.GetValue(rounds); round++)
            {
                var ms = ProfileCommand.CpuMs(() => jobs.ForEach(t => CompanyAndRole.Extract(t.Text, t.To)));
                Console.WriteLine(string.Format(f, "round {0}: {1:F4} ms CPU per application-event email ({2} emails)", round + 1, ms / jobs.Count, jobs.Count));
            }

            return 0;
        });
        return command;
    }

    private static string Hash((string? Company, string? Role) found) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{found.Company ?? "\0"}\n{found.Role ?? "\0"}")))[..16];
}
