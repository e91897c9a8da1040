using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Bench;

/// <summary>
/// Where one email's time goes: each stage of <see cref="EmailClassifier.Classify"/> run over the whole corpus on one
/// thread, timed in process CPU (so other programs on the machine inflate it less than wall time).
/// </summary>
internal static class ProfileCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "Labelled JSON Lines files or folders." };
        var every = new Option<int>("--every") { Description = "Take every n-th email of the corpus (a quicker run).", DefaultValueFactory = _ => 1 };
        var command = new Command("profile", "CPU milliseconds per email of each classifier stage and each phrase cue, one thread.") { data, every };
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var step = Math.Max(1, result.GetValue(every));
            var emails = TrainingCorpus.Read(result.GetValue(data)!).Where((_, i) => i % step == 0).Select(r => r.Email).ToList();
            var classifier = EmailClassifier.LoadDefault();
            var f = CultureInfo.InvariantCulture;
            void Report(string stage, Action<int> action)
            {
                var ms = CpuMs(() => { for (var i = 0; i < emails.Count; i++) { action(i); } });
                Console.WriteLine(string.Format(f, "{0,-40} {1,8:F4} ms/email", stage, ms / emails.Count));
            }

            // One warm-up pass so JIT and first-use costs stay out of the figures.
            foreach (var e in emails) { classifier.Classify(e); }

            var texts = emails.Select(MailTextReader.Read).ToList();
            var features = emails.Select(EmailFeatures.Of).ToList();
            Console.WriteLine($"emails: {emails.Count}, everyday (label none): {emails.Count(e => classifier.Classify(e).Label == EmailLabels.None)}");
            Report("classify (whole)", e => classifier.Classify(emails[e]));
            Report("reading (MailTextReader.Read)", e => MailTextReader.Read(emails[e]));
            Report("features (EmailFeatures.Of)", e => EmailFeatures.Of(emails[e]));
            Report("  offer-to-someone-else rewrite", e => { var t = texts[e]; Cues.NormaliseOfferToSomeoneElse(t.Subject); Cues.NormaliseOfferToSomeoneElse(t.Body); });
            Report("  conditional masking", e => { var t = texts[e]; Cues.MaskConditionals(t.Subject, out _); Cues.MaskConditionals(t.Body, out _); });
            Report("  cues (subject + body)", e => { var x = features[e]; Cues.Matching(x.MaskedSubject).Count(); Cues.Matching(x.MaskedBody).Count(); });
            foreach (var cue in Cues.All)
            {
                Report($"    cue {cue.Signal}", e => { var x = features[e]; cue.Pattern.IsMatch(x.MaskedSubject); cue.Pattern.IsMatch(x.MaskedBody); });
            }

            Report("  ATS vendor", e => { var t = texts[e]; _ = t.Sender.Domain.Length > 0 ? AtsVendors.VendorOf(t.Sender.Domain) : null; });
            Report("guard features (blast, listed roles, note)", e => { var x = EmailFeatures.Of(emails[e]); _ = x.IsPersonalNote; _ = x.IsBlast; _ = x.ListedRoles; });
            Report("  agency-blast hits", e => { var t = texts[e]; Cues.AgencyBlastHits(t.Subject + "\n" + t.Body); });
            Report("model input (ToModelInput)", e => features[e].ToModelInput());
            var inputs = features.Select(x => x.ToModelInput()).ToList();
            var model = ModelArtifact.Read(typeof(EmailClassifier).Assembly.GetManifestResourceStream(EmailClassifier.DefaultResourceName)!).Model;
            Report("model (EventModel.Predict)", e => model.Predict(inputs[e]));
            Report("company/role (all emails)", e => { var t = texts[e]; CompanyAndRole.Extract(t, emails[e].To); });
            return Task.FromResult(0);
        });
        return command;
    }

    private static double CpuMs(Action action)
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }
}
