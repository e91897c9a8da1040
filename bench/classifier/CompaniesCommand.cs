using System.CommandLine;
using System.Globalization;
using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Bench;

/// <summary>
/// Company and role extraction on its own: every application-event row whose data names a company, whatever the model
/// would say, so extraction can be tuned apart from classification. Prints ids and names, never a subject or body.
/// </summary>
internal static class CompaniesCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "Labelled JSON Lines files or folders (with company/role)." };
        var errors = new Option<bool>("--errors") { Description = "List company and role mismatches (id: truth -> extracted)." };
        var show = new Option<string[]>("--show") { AllowMultipleArgumentsPerToken = true, Description = "Print these rows as the extractor reads them (sender, subject, body) with what it found; for tuning on training data only." };
        var command = new Command("companies", "Exact-match accuracy of company and role extraction on application events that name them.") { data, errors, show };
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var rows = TrainingCorpus.Read(result.GetValue(data)!).Where(r => r.Label != EmailLabels.None).ToList();
            if (result.GetValue(show) is { Length: > 0 } ids)
            {
                foreach (var row in rows.Where(r => ids.Contains(r.Id)))
                {
                    var text = MailTextReader.Read(row.Email);
                    var found = CompanyAndRole.Extract(text, row.Email.To);
                    Console.Out.WriteLine($"== {row.Id}: {row.Company} | {row.Role} -> {found.Company} | {found.Role}\nfrom: {text.Sender.DisplayName} <{text.Sender.Address}>\nsubject: {text.Subject}\n{text.Body}\n");
                }

                return Task.FromResult(0);
            }

            var extracted = rows.Select(r => (Row: r, Found: CompanyAndRole.Extract(MailTextReader.Read(r.Email), r.Email.To))).ToList();
            var companies = extracted.Where(x => !string.IsNullOrWhiteSpace(x.Row.Company)).ToList();
            var roles = extracted.Where(x => !string.IsNullOrWhiteSpace(x.Row.Role)).ToList();
            var companyMisses = companies.Where(x => Evaluation.Normalise(x.Row.Company) != Evaluation.Normalise(x.Found.Company)).ToList();
            var roleMisses = roles.Where(x => Evaluation.Normalise(x.Row.Role) != Evaluation.Normalise(x.Found.Role)).ToList();
            var f = CultureInfo.InvariantCulture;
            Console.Out.WriteLine(string.Format(f, "company exact match: {0:F3} of {1}", 1 - (double)companyMisses.Count / Math.Max(1, companies.Count), companies.Count));
            Console.Out.WriteLine(string.Format(f, "role exact match: {0:F3} of {1}", 1 - (double)roleMisses.Count / Math.Max(1, roles.Count), roles.Count));
            if (result.GetValue(errors))
            {
                Console.Out.WriteLine("company mismatches (id: truth -> extracted):");
                foreach (var (row, found) in companyMisses)
                {
                    Console.Out.WriteLine($"  {row.Id}: {row.Company} -> {found.Company ?? "(none)"}");
                }

                Console.Out.WriteLine("role mismatches (id: truth -> extracted):");
                foreach (var (row, found) in roleMisses)
                {
                    Console.Out.WriteLine($"  {row.Id}: {row.Role} -> {found.Role ?? "(none)"}");
                }
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
