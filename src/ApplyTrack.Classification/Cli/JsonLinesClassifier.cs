using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Cli;

/// <summary>
/// The <c>classify</c> contract: JSON Lines in (<c>id, from, to, subject, body, date</c>; any may be missing,
/// others ignored), one JSON line out per input line in the same order. A line that is not a JSON object, or has
/// a field of the wrong type, yields <c>{"id":…,"error":"…"}</c> and the run goes on. Blank lines are not inputs.
/// </summary>
internal static class JsonLinesClassifier
{
    /// <summary>Lines classified in parallel at a time; large enough to keep both cores busy, small enough to stream.</summary>
    private const int BatchSize = 256;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(TextReader input, TextWriter output, EmailClassifier classifier, CancellationToken cancellationToken)
    {
        var count = 0;
        var batch = new List<string>(BatchSize);
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            batch.Add(line);
            if (batch.Count == BatchSize)
            {
                count += await FlushAsync(batch, output, classifier, cancellationToken);
            }
        }

        count += await FlushAsync(batch, output, classifier, cancellationToken);
        await output.FlushAsync(cancellationToken);
        return count;
    }

    private static async Task<int> FlushAsync(List<string> batch, TextWriter output, EmailClassifier classifier, CancellationToken cancellationToken)
    {
        var results = new string[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = ClassifyLine(batch[i], classifier));
        foreach (var result in results)
        {
            await output.WriteAsync(result.AsMemory(), cancellationToken);
            await output.WriteAsync('\n');
        }

        var written = batch.Count;
        batch.Clear();
        return written;
    }

    internal static string ClassifyLine(string line, EmailClassifier classifier)
    {
        JsonElement? id = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, "line is not a JSON object");
            }

            if (root.TryGetProperty("id", out var idValue))
            {
                id = idValue.Clone();
            }

            var email = new EmailInput(
                Field(root, "from"), Field(root, "to"), Field(root, "subject"), Field(root, "body"), Date(root));
            return Result(id, classifier.Classify(email));
        }
        catch (JsonException ex)
        {
            return Error(id, ex is InvalidFieldException ? ex.Message : $"malformed JSON: {FirstSentence(ex.Message)}");
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological body must not stop the run: this line gets an error, the next ones are classified.
            return Error(id, "classification timed out on this email");
        }
    }

    private static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw new InvalidFieldException($"field '{name}' must be a string"),
        };
    }

    /// <summary>An unreadable date is dropped rather than failing the line: the classifier does not need it.</summary>
    private static DateTimeOffset? Date(JsonElement root) =>
        Field(root, "date") is { } text &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    private static string Result(JsonElement? id, EmailClassification c) => Write(writer =>
    {
        WriteId(writer, id);
        writer.WriteString("label", c.Label);
        writer.WriteString("event", c.Event);
        writer.WriteNumber("confidence", c.Confidence);
        writer.WriteString("company", c.Company);
        writer.WriteString("role", c.Role);
        writer.WriteString("note", c.Note);
        writer.WriteStartArray("reasons");
        foreach (var reason in c.Reasons)
        {
            writer.WriteStringValue(reason);
        }

        writer.WriteEndArray();
    });

    private static string Error(JsonElement? id, string message) => Write(writer =>
    {
        WriteId(writer, id);
        writer.WriteString("error", message);
    });

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The parser's message names the byte position; the rest of it can quote the input, which we never echo.</summary>
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private sealed class InvalidFieldException(string message) : JsonException(message);
}
