using System.Globalization;
using System.Text.RegularExpressions;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Graph;

/// <summary>The `Prefer` header values Graph mail honours (PROTOCOLS §2.1); repeated headers and comma lists both work.</summary>
public sealed record GraphPreferences(int? MaxPageSize, bool TextBody, bool ImmutableIds)
{
    public static GraphPreferences From(HttpRequest request)
    {
        int? maxPageSize = null;
        bool text = false, immutable = false;
        foreach (var value in request.Headers["Prefer"].SelectMany(h => (h ?? "").Split(',')).Select(v => v.Trim()))
        {
            var (name, argument) = value.Split('=', 2) is [var n, var a] ? (n.Trim(), a.Trim().Trim('"')) : (value, "");
            if (name.Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase) && int.TryParse(argument, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0) maxPageSize = size;
            else if (name.Equals("outlook.body-content-type", StringComparison.OrdinalIgnoreCase)) text = argument.Equals("text", StringComparison.OrdinalIgnoreCase);
            else if (name.Equals("IdType", StringComparison.OrdinalIgnoreCase)) immutable = argument.Equals("ImmutableId", StringComparison.OrdinalIgnoreCase);
        }
        return new GraphPreferences(maxPageSize, text, immutable);
    }

    /// <summary>
    /// Graph reports the preferences it applied in `Preference-Applied`. Message delta documents only `odata.maxpagesize`
    /// (and immutable ids), not `outlook.body-content-type`: there bodies stay HTML and the preference is not reported.
    /// </summary>
    public void Apply(HttpResponse response, int? pageSizeApplied, bool bodyContentTypeHonoured = true)
    {
        var applied = new List<string>();
        if (pageSizeApplied is { } size && MaxPageSize is not null) applied.Add($"odata.maxpagesize={size}");
        if (bodyContentTypeHonoured) applied.Add(TextBody ? "outlook.body-content-type=\"text\"" : "outlook.body-content-type=\"html\"");
        if (ImmutableIds) applied.Add("IdType=\"ImmutableId\"");
        response.Headers["Preference-Applied"] = string.Join(", ", applied);
    }
}

/// <summary>The `$filter` subset the sandbox understands on messages: comparisons on receivedDateTime and isRead, joined by `and`.</summary>
public sealed partial record MessageFilter(string Raw, IReadOnlyList<(string Property, string Operator, string Value)> Clauses)
{
    public static MessageFilter? Parse(string? raw, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var clauses = new List<(string, string, string)>();
        foreach (var part in Regex.Split(raw.Trim(), @"\s+and\s+", RegexOptions.IgnoreCase))
        {
            var match = Clause().Match(part.Trim());
            if (!match.Success)
            {
                error = $"Invalid filter clause: '{part}'.";
                return null;
            }
            var property = match.Groups[1].Value;
            var op = match.Groups[2].Value.ToLowerInvariant();
            var value = match.Groups[3].Value.Trim('\'');
            var known = property.ToLowerInvariant() switch
            {
                "receiveddatetime" or "sentdatetime" or "lastmodifieddatetime" => IsDateTimeOffsetLiteral(value),
                "isread" => op is "eq" or "ne" && bool.TryParse(value, out _),
                _ => false,
            };
            if (!known)
            {
                error = $"Invalid filter clause: '{part}'.";
                return null;
            }
            clauses.Add((property.ToLowerInvariant(), op, value));
        }
        return new MessageFilter(raw.Trim(), clauses);
    }

    /// <summary>Delta accepts only `receivedDateTime ge|gt {date}` (PROTOCOLS §2.4).</summary>
    public bool IsDeltaCompatible => Clauses is [("receiveddatetime", "ge" or "gt", _)];

    public bool Matches(MailMessage message) => Clauses.All(c => c.Property switch
    {
        "isread" => (message.IsRead == bool.Parse(c.Value)) == (c.Operator == "eq"),
        var p => Compare(p switch
        {
            "sentdatetime" => message.SentDateTime,
            "lastmodifieddatetime" => message.LastModifiedDateTime,
            _ => message.ReceivedDateTime,
        }, c.Operator, DateTimeOffset.Parse(c.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)),
    });

    public bool Mentions(string property) => Clauses.Any(c => c.Property.Equals(property, StringComparison.OrdinalIgnoreCase));

    private static bool Compare(DateTimeOffset left, string op, DateTimeOffset right) => op switch
    {
        "ge" => left >= right,
        "gt" => left > right,
        "le" => left <= right,
        "lt" => left < right,
        "eq" => left == right,
        _ => left != right,
    };

    // OData v4 DateTimeOffset literal (ABNF dateTimeOffsetValue): ISO 8601 with ":" separators and an offset or Z, nothing a
    // culture invents (Finnish "10.11.12", Buddhist or Hijri years still parse as dates but land in the wrong century).
    private static bool IsDateTimeOffsetLiteral(string value) =>
        DateTimeLiteral().IsMatch(value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,12})?)?(Z|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeLiteral();

    [GeneratedRegex(@"^([A-Za-z]+)\s+(eq|ne|ge|gt|le|lt)\s+(\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();
}
