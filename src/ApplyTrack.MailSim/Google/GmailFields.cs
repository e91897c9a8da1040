using System.Text.Json.Nodes;

namespace ApplyTrack.MailSim.Google;

/// <summary>
/// Google's `fields` partial-response syntax: `a,b/c,d(e,f)`. Selections apply to every element of an array, so
/// `messages(id,payload/headers)` keeps two properties of each message.
/// </summary>
internal static class GmailFields
{
    public static JsonNode Apply(JsonNode body, string fields)
    {
        var selection = Parse(fields.Replace(" ", ""), out var rest);
        if (rest.Length > 0) throw GoogleErrors.Fail(GoogleErrors.BadRequest($"Invalid field selection {fields}", "invalidParameter"));
        return Select(body, selection) ?? new JsonObject();
    }

    private sealed class Selection : Dictionary<string, Selection?>
    {
        public Selection() : base(StringComparer.Ordinal) { }
    }

    private static Selection Parse(string text, out string rest)
    {
        var selection = new Selection();
        while (text.Length > 0 && text[0] != ')')
        {
            var end = text.IndexOfAny([',', '(', ')', '/']);
            var name = end < 0 ? text : text[..end];
            text = end < 0 ? "" : text[end..];
            Selection? child = null;
            if (text.StartsWith('/'))
            {
                child = Parse(text[1..], out text, single: true);
            }
            else if (text.StartsWith('('))
            {
                child = Parse(text[1..], out text);
                if (!text.StartsWith(')')) break;
                text = text[1..];
            }
            selection[name] = selection.TryGetValue(name, out var previous) ? Merge(previous, child) : child;
            if (text.StartsWith(',')) text = text[1..];
        }
        rest = text;
        return selection;
    }

    // `a/b/c` is a one-property selection nested under each slash.
    private static Selection Parse(string text, out string rest, bool single)
    {
        var end = text.IndexOfAny([',', '(', ')', '/']);
        var name = end < 0 ? text : text[..end];
        text = end < 0 ? "" : text[end..];
        Selection? child = null;
        if (text.StartsWith('/')) child = Parse(text[1..], out text, single);
        else if (text.StartsWith('('))
        {
            child = Parse(text[1..], out text);
            if (text.StartsWith(')')) text = text[1..];
        }
        rest = text;
        return new Selection { [name] = child };
    }

    private static Selection? Merge(Selection? a, Selection? b)
    {
        if (a is null || b is null) return null;
        foreach (var (key, value) in b) a[key] = a.TryGetValue(key, out var existing) ? Merge(existing, value) : value;
        return a;
    }

    private static JsonNode? Select(JsonNode? node, Selection? selection)
    {
        if (node is null || selection is null) return node?.DeepClone();
        if (node is JsonArray array) return new JsonArray([.. array.Select(item => Select(item, selection))]);
        if (node is not JsonObject obj) return node.DeepClone();
        var result = new JsonObject();
        foreach (var (name, child) in obj)
            if (selection.TryGetValue(name, out var sub)) result[name] = Select(child, sub);
        return result;
    }
}
