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
            StartUp();
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
            var isJob = emails.Select(e => classifier.Classify(e).Label != EmailLabels.None).ToList();
            Console.WriteLine($"emails: {emails.Count}, everyday (label none): {isJob.Count(j => !j)}");
            Report("classify (whole)", e => classifier.Classify(emails[e]));
            Report("classify, everyday mail only (mean of all)", e => { if (!isJob[e]) { classifier.Classify(emails[e]); } });
            Report("classify, job mail only (mean of all)", e => { if (isJob[e]) { classifier.Classify(emails[e]); } });
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
            // Interleaved, so a change in the machine's load hits both alike.
            for (var round = 0; round < 2; round++)
            {
                Report("model (EventModel.Predict)", e => model.Predict(inputs[e]));
                Report("model through ML.NET's engine", e => model.PredictWithEngine(inputs[e]));
            }

            Report("company/role, job mail only (mean of all)", e => { if (isJob[e]) { CompanyAndRole.Extract(texts[e], emails[e].To); } });
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>Wall and CPU milliseconds of each first use, in the order one classification meets them (a fresh process).</summary>
    private static void StartUp()
    {
        var email = new EmailInput("Acme Talent <jobs@acme.com>", null, "Thank you for applying", "Hi Ama,\nWe received your application for the Data Analyst role at Acme.", null);
        var f = CultureInfo.InvariantCulture;
        void First(string what, Action action)
        {
            var start = Stopwatch.GetTimestamp();
            var cpu = CpuMs(action);
            Console.WriteLine(string.Format(f, "first use: {0,-36} {1,7:F0} ms wall, {2,7:F0} ms CPU", what, Stopwatch.GetElapsedTime(start).TotalMilliseconds, cpu));
        }

        First("model load (EmailClassifier)", () => EmailClassifier.LoadDefault());
        First("reading", () => MailTextReader.Read(email));
        First("cue catalogue built", () => _ = Cues.All.Count);
        First("cues matched", () => Cues.Matching(email.Body!).Count());
        First("features", () => EmailFeatures.Of(email).ToModelInput());
        First("company/role", () => CompanyAndRole.Extract(MailTextReader.Read(email), null));
        First("round note", () => RoundNote.For(EmailEvents.InterviewInvite, email.Subject!, email.Body!));
        First("classify (rest)", () => EmailClassifier.LoadDefault().Classify(email));
        First("classify again", () => EmailClassifier.LoadDefault().Classify(email));
    }

    internal static double CpuMs(Action action)
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }
}
