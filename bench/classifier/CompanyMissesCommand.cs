using System.CommandLine;
using System.Globalization;
using ApplyTrack.Classification.Cli;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Bench;

/// <summary>
/// The company misses of <c>eval</c> on the rows the shipped model never trained on (the tuning split), each with where
/// the label is written in the mail, so misses can be sorted into families. Company and role accuracy are also given
/// by source (real inboxes against written mail). Prints ids, names, sender domains and flags, never a subject or a
/// body. <c>--list</c> is for training-side data only: never point it at the devset. <c>--ceiling</c> prints counts
/// only (no id, name or text) and may be run on any labelled file, the devset included.
/// </summary>
internal static class CompanyMissesCommand
{
    private static readonly string[] RealInboxes = ["french-linkedin-wttj", "onlyjobs-gmail", "rejections-2018"];

    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "Labelled JSON Lines files or folders (training-side data only)." };
        var list = new Option<bool>("--list") { Description = "List every company miss with where its label is written." };
        var roles = new Option<bool>("--roles") { Description = "List every role miss too." };
        var ceiling = new Option<bool>("--ceiling") { Description = "Count the company misses by how much of the label the mail writes (counts only: safe on the devset)." };
        var allRows = new Option<bool>("--all-rows") { Description = "Every row, also those the model trained on: extraction is rules, so its misses there are as real (the job verdict is not)." };
        var command = new Command("company-misses", "Company/role accuracy on the tuning split by source, and where each missed company label is written.") { data, list, roles, ceiling, allRows };
        command.Validators.Add(r =>
        {
            if (r.GetValue(ceiling) && (r.GetValue(list) || r.GetValue(roles)))
            {
                r.AddError("--ceiling prints counts only; it does not combine with --list or --roles.");
            }
        });
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var classifier = ModelOption.Load(null);
            var corpus = TrainingCorpus.Read(result.GetValue(data)!);
            var rows = result.GetValue(allRows) ? corpus : Trainer.Unseen(corpus, ModelOption.TrainedRows(null)).Scored;
            var evaluation = Trainer.Evaluate(classifier, rows);
            var f = CultureInfo.InvariantCulture;
            foreach (var (name, part) in new[]
                     {
                         ("all", evaluation),
                         ("real inboxes", new Evaluation(evaluation.Rows.Where(r => RealInboxes.Contains(r.Truth.Source)).ToList())),
                         ("written mail", new Evaluation(evaluation.Rows.Where(r => !RealInboxes.Contains(r.Truth.Source)).ToList())),
                         ("written-natural (wn-)", new Evaluation(evaluation.Rows.Where(r => r.Truth.Source == "written-natural").ToList())),
                     })
            {
                var (company, companies) = part.FieldAccuracy(t => t.Company, p => p.Company);
                var (role, roleCount) = part.FieldAccuracy(t => t.Role, p => p.Role);
                Console.Out.WriteLine(string.Format(f, "{0,-22} company {1:F3} of {2,4}   role {3:F3} of {4,4}", name, company, companies, role, roleCount));
            }

            if (result.GetValue(ceiling))
            {
                CompanyCeiling.Write(evaluation, Console.Out);
                return Task.FromResult(0);
            }

            if (!result.GetValue(list))
            {
                return Task.FromResult(0);
            }

            var misses = evaluation.Rows.Where(r => r.Truth.Label != EmailLabels.None && !string.IsNullOrWhiteSpace(r.Truth.Company) &&
                                                    Evaluation.Normalise(r.Truth.Company) != Evaluation.Normalise(r.Predicted.Company)).ToList();
            Console.Out.WriteLine($"company misses: {misses.Count} (flags: where the label's letters occur — disp, subj, open, sig, foot, dom; 'word' = written word for word)");
            foreach (var row in misses)
            {
                Console.Out.WriteLine($"  {row.Truth.Id} [{row.Truth.Source}] {row.Truth.Company} -> {row.Predicted.Company ?? "(none)"}" +
                                      $"{(row.Predicted.Label == EmailLabels.None ? " (called none)" : "")}  {Where(row.Truth)}");
            }

            if (result.GetValue(roles))
            {
                foreach (var row in evaluation.Rows.Where(r => r.Truth.Label != EmailLabels.None && !string.IsNullOrWhiteSpace(r.Truth.Role) &&
                                                              Evaluation.Normalise(r.Truth.Role) != Evaluation.Normalise(r.Predicted.Role)))
                {
                    Console.Out.WriteLine($"  role {row.Truth.Id} [{row.Truth.Source}] {row.Truth.Role} -> {row.Predicted.Role ?? "(none)"}");
                }
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static string Where(LabelledEmail row)
    {
        var text = MailTextReader.Read(row.Email);
        var label = Evaluation.Normalise(row.Company);
        var body = text.Body;
        var opening = body.Length > 1500 ? body[..1500] : body;
        var closing = body.Length > 600 ? body[^600..] : body;
        var domain = text.Sender.Domain.ToLowerInvariant();
        var parts = new List<string>();
        void Flag(string name, string where)
        {
            if (Evaluation.Normalise(where).Contains(label, StringComparison.Ordinal))
            {
                parts.Add(name);
            }
        }

        Flag("disp", text.Sender.DisplayName);
        Flag("subj", text.Subject);
        Flag("open", opening);
        Flag("body", body);
        Flag("sig", closing);
        Flag("foot", text.Footer);
        if ((text.Subject + "\n" + body + "\n" + text.DisplayNameOrEmpty()).Contains(row.Company!, StringComparison.Ordinal))
        {
            parts.Add("word");
        }

        var host = Evaluation.Normalise(domain.Split('.')[0]);
        var domainText = Evaluation.Normalise(domain);
        if (domainText.Contains(label, StringComparison.Ordinal))
        {
            parts.Add("dom=label");
        }
        else if (domain.Length > 0 && Evaluation.Normalise(string.Join("", domain.Split('.').SkipLast(1))) is { Length: >= 3 } d && label.Contains(d[..Math.Min(d.Length, 4)], StringComparison.Ordinal))
        {
            parts.Add("dom~");
        }

        return $"{{{string.Join(",", parts)}}} {domain}{(host.Length == 0 ? "" : "")}";
    }

    private static string DisplayNameOrEmpty(this MailText text) => text.Sender.DisplayName;
}
