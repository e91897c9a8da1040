using System.CommandLine;
using System.Text.Json;
using ApplyTrack.Classification.Cli;

namespace ApplyTrack.Classification.Tests;

/// <summary>The classify contract that scripts depend on: JSON Lines in, one line out per input, in order.</summary>
public sealed class ClassifyCliTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static async Task<List<JsonElement>> RunAsync(string input)
    {
        var output = new StringWriter { NewLine = "\n" };
        await JsonLinesClassifier.RunAsync(new StringReader(input), output, Classifier, CancellationToken.None);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
    }

    [Fact]
    public async Task Each_input_line_gives_one_output_line_in_order()
    {
        var lines = Enumerable.Range(0, 600).Select(i => i % 2 == 0
            ? $$"""{"id":"r{{i}}","from":"Acme <no-reply@acme.com>","subject":"Thank you for applying to Acme","body":"We received your application for the Welder position."}"""
            : $$"""{"id":"r{{i}}","subject":"Your order has shipped","body":"Track your package."}""");

        var results = await RunAsync(string.Join("\n", lines));

        Assert.Equal(600, results.Count);
        Assert.Equal(Enumerable.Range(0, 600).Select(i => $"r{i}"), results.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("applied", results[0].GetProperty("label").GetString());
        Assert.Equal("none", results[1].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Output_has_exactly_the_contract_fields()
    {
        var results = await RunAsync("""{"id":7,"from":"Acme <no-reply@acme.com>","subject":"Thank you for applying to Acme","body":"We received your application."}""");

        var names = results.Single().EnumerateObject().Select(p => p.Name);
        Assert.Equal(["id", "label", "event", "confidence", "company", "role", "note", "reasons"], names);
        Assert.Equal(7, results[0].GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Array, results[0].GetProperty("reasons").ValueKind);
    }

    [Fact]
    public async Task Malformed_line_gives_an_error_line_and_processing_continues()
    {
        var results = await RunAsync("""
            {"id":"a","subject":"Thank you for applying to Acme","body":"We received your application."}
            {"id":"b", this is not json
            {"id":"c","subject":"Hello","body":"Lunch on Friday?"}
            """);

        Assert.Equal(3, results.Count);
        Assert.Equal("a", results[0].GetProperty("id").GetString());
        Assert.True(results[1].TryGetProperty("error", out var error));
        Assert.StartsWith("malformed JSON", error.GetString());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("id").ValueKind);
        Assert.Equal("c", results[2].GetProperty("id").GetString());
        Assert.False(results[2].TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Field_of_the_wrong_type_is_an_error_that_keeps_the_id()
    {
        var results = await RunAsync("""{"id":"x1","subject":42}""");

        Assert.Equal("x1", results.Single().GetProperty("id").GetString());
        Assert.Equal("field 'subject' must be a string", results[0].GetProperty("error").GetString());
    }

    [Fact]
    public async Task Json_that_is_not_an_object_is_an_error()
    {
        var results = await RunAsync("[1,2,3]");

        Assert.Equal("line is not a JSON object", results.Single().GetProperty("error").GetString());
    }

    [Fact]
    public async Task Missing_empty_and_unknown_fields_are_accepted()
    {
        var results = await RunAsync("""
            {"id":"m1"}
            {"id":"m2","from":"","to":"","subject":"","body":"","date":"not a date","labels":["x"],"threadId":"t"}
            {"subject":"Interview invitation","body":"We would like to invite you to an interview for the Analyst role."}
            """);

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.False(r.TryGetProperty("error", out _)));
        Assert.Equal("none", results[0].GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, results[2].GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task Classify_command_reads_a_file_and_writes_a_file_with_exit_code_zero()
    {
        var input = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        await File.WriteAllTextAsync(input, """
            {"id":"f1","subject":"Thank you for applying to Acme","body":"We received your application."}
            not json at all
            """);
        var command = ClassificationCommands.Create().Single(c => c.Name == "classify");

        var exitCode = await new RootCommand { command }.Parse(["classify", "--input", input, "--output", output]).InvokeAsync();

        Assert.Equal(0, exitCode);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"error\"", lines[1]);
    }

    [Fact]
    public async Task Classify_command_fails_when_the_input_file_is_missing()
    {
        var command = ClassificationCommands.Create().Single(c => c.Name == "classify");

        var exitCode = await new RootCommand { command }.Parse(["classify", "--input", "/nonexistent/emails.jsonl"]).InvokeAsync();

        Assert.Equal(1, exitCode);
    }

    [Theory]
    [InlineData("classify")]
    [InlineData("eval")]
    [InlineData("train")]
    public async Task Every_command_has_help(string name)
    {
        var output = new StringWriter();
        var root = new RootCommand();
        root.Subcommands.Add(ClassificationCommands.Create().Single(c => c.Name == name));

        var exitCode = await root.Parse([name, "--help"]).InvokeAsync(new InvocationConfiguration { Output = output });

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output.ToString());
        Assert.Contains(name, output.ToString());
    }
}
