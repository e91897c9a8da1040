using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Corrections;

/// <summary>One reported email in the training-data format that <c>applytrack train --data</c> reads.</summary>
public sealed record TrainingRow(
    string Id, string From, string To, string Subject, string Body, string Date, string Label, string Event,
    string? Company, string? Role, string Lang, string Source);

/// <summary>`applytrack corrections export`: the operator's way to hand reported emails to the trainer.</summary>
public static class CorrectionCommands
{
    public const string Source = "user-report";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var corrections = new Command("corrections", "Emails users corrected and reported to improve the model.");
        var output = new Option<FileInfo>("--output") { Description = "The JSON Lines file to write (training-data format).", Required = true };
        var export = new Command("export", "Write every reported email (decrypted) as JSON Lines for `applytrack train --data FILE`.") { output };
        export.TreatUnmatchedTokensAsErrors = false;
        export.SetAction((result, ct) => UserCommands.WithServicesAsync(result, ct, async (services, token) =>
        {
            var db = services.GetRequiredService<ApplyTrackDbContext>();
            var cipher = services.GetRequiredService<MetadataCipher>();
            var file = result.GetValue(output)!;
            file.Directory?.Create();
            var count = 0;
            await using (var writer = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(false)))
            {
                await foreach (var correction in db.Corrections.AsNoTracking().Where(c => c.Report != null).OrderBy(c => c.ReportedAt).AsAsyncEnumerable().WithCancellation(token))
                {
                    await writer.WriteLineAsync(JsonSerializer.Serialize(ToTrainingRow(correction, cipher), Json));
                    count++;
                }
            }
            Console.WriteLine($"Wrote {count} reported email(s) to {file.FullName}. It holds email text in clear: keep it on this server and delete it after training.");
            return 0;
        }));
        corrections.Subcommands.Add(export);
        return corrections;
    }

    public static TrainingRow ToTrainingRow(Correction correction, MetadataCipher cipher)
    {
        var message = EmailCorrections.ReadReport(correction, cipher)!;
        // The language is not known here (the classifier does not say); "und" is BCP 47 for undetermined.
        return new TrainingRow(
            $"correction-{correction.Id:N}", message.From ?? "", message.To ?? "", message.Subject ?? "", message.Body ?? "",
            (message.Date ?? correction.ReceivedAt).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            correction.Label.Name(), correction.Event.Name(), correction.Company, correction.Role, "und", Source);
    }
}
