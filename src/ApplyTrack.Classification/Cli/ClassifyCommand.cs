using System.CommandLine;
using System.Text;

namespace ApplyTrack.Classification.Cli;

internal static class ClassifyCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo?>("--input") { Description = "JSON Lines file to read, one email a line: {\"id\",\"from\",\"to\",\"subject\",\"body\",\"date\"}. Default: standard input." };
        var output = new Option<FileInfo?>("--output") { Description = "File to write, one result a line in input order. Default: standard output." };
        var model = new Option<FileInfo?>("--model") { Description = "Model artifact to use instead of the one built into the library." };
        var command = new Command("classify", "Classify emails: JSON Lines in, one {\"id\",\"label\",\"event\",\"confidence\",\"company\",\"role\",\"note\",\"reasons\"} line out per input; a malformed line gives {\"id\",\"error\"}.")
        {
            input, output, model,
        };
        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var inputFile = result.GetValue(input);
            if (inputFile is { Exists: false })
            {
                await Console.Error.WriteLineAsync($"classify: input file not found: {inputFile.FullName}");
                return 1;
            }

            var classifier = ModelOption.Load(result.GetValue(model));
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            using var reader = inputFile is null
                ? new StreamReader(Console.OpenStandardInput(), utf8)
                : new StreamReader(inputFile.FullName, utf8);
            var outputFile = result.GetValue(output);
            await using var writer = outputFile is null
                ? new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16)
                : new StreamWriter(outputFile.FullName, append: false, utf8, bufferSize: 1 << 16);
            writer.NewLine = "\n";
            await JsonLinesClassifier.RunAsync(reader, writer, classifier, cancellationToken);
            return 0;
        });
        return command;
    }
}
