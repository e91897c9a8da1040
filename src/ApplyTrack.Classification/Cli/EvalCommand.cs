using System.CommandLine;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Cli;

internal static class EvalCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Labelled JSON Lines files or folders ({\"id\",\"from\",\"to\",\"subject\",\"body\",\"date\",\"label\",\"event\",\"lang\",\"source\"}, optional \"company\", \"role\"); a folder may hold the SpamAssassin npm package.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var model = new Option<FileInfo?>("--model") { Description = "Model artifact to evaluate instead of the one built into the library." };
        var allRows = new Option<bool>("--all-rows") { Description = "Score every row, also those the model was trained on (by default those are skipped, as the model's artifact records them)." };
        var errors = new Option<bool>("--errors") { Description = "List the ids of misclassified emails (ids only: no subject or body is printed)." };
        var command = new Command("eval", "Evaluate the classifier on labelled email: confusion matrix, per-class precision/recall/F1, macro-F1, job-event precision, company/role accuracy, per language.")
        {
            data, model, allRows, errors,
        };
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var stdout = result.InvocationConfiguration.Output;
            if (LabelledData.TryRead("eval", result.GetValue(data)!, result.InvocationConfiguration.Error) is not { } corpus)
            {
                return Task.FromResult(LabelledData.Unreadable);
            }

            var classifier = ModelOption.Load(result.GetValue(model));
            string title;
            IReadOnlyList<LabelledEmail> rows;
            if (result.GetValue(allRows))
            {
                (rows, title) = (corpus, "all rows (including any the model was trained on)");
            }
            else
            {
                var (unseen, trainedOn) = Trainer.Unseen(corpus, ModelOption.TrainedRows(result.GetValue(model)));
                (rows, title) = (unseen, $"rows the model never trained on ({trainedOn} of {corpus.Count} skipped as trained-on)");
            }

            var evaluation = Trainer.Evaluate(classifier, rows);
            stdout.Write(evaluation.Report(title));
            if (result.GetValue(errors))
            {
                ErrorList.Write(evaluation, stdout);
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
