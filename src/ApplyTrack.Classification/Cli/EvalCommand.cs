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
        var allRows = new Option<bool>("--all-rows") { Description = "Score every row, not only the dev split (for data the model was never trained on)." };
        var errors = new Option<bool>("--errors") { Description = "List the ids of misclassified emails (ids only: no subject or body is printed)." };
        var command = new Command("eval", "Evaluate the classifier on labelled email: confusion matrix, per-class precision/recall/F1, macro-F1, job-event precision, company/role accuracy, per language.")
        {
            data, model, allRows, errors,
        };
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var classifier = ModelOption.Load(result.GetValue(model));
            var corpus = TrainingCorpus.Read(result.GetValue(data)!, Console.Error);
            var rows = result.GetValue(allRows) ? corpus : corpus.Where(r => r.IsDev).ToList();
            var evaluation = Trainer.Evaluate(classifier, rows);
            Console.Out.Write(evaluation.Report(result.GetValue(allRows) ? "all rows" : "dev split"));
            if (result.GetValue(errors))
            {
                ErrorList.Write(evaluation, Console.Out);
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
