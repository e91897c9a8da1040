using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>A parsed <c>From</c> header: <c>"Acme Talent" &lt;no-reply@acme.com&gt;</c>.</summary>
internal sealed partial record Sender(string DisplayName, string Address)
{
    public static readonly Sender Empty = new("", "");

    public string LocalPart => Address.Contains('@') ? Address[..Address.IndexOf('@')] : "";

    public string Domain => Address.Contains('@') ? Address[(Address.IndexOf('@') + 1)..] : "";

    public static Sender Parse(string? from)
    {
        if (string.IsNullOrWhiteSpace(from))
        {
            return Empty;
        }

        var match = NameAndAddress().Match(from);
        if (match.Success)
        {
            var name = match.Groups["name"].Value.Trim().Trim('"', '\'', ' ');
            return new Sender(name, match.Groups["address"].Value.Trim().ToLowerInvariant());
        }

        var bare = BareAddress().Match(from);
        return bare.Success
            ? new Sender("", bare.Value.ToLowerInvariant())
            : new Sender(from.Trim().Trim('"'), "");
    }

    [GeneratedRegex("""^\s*(?<name>.*?)\s*<(?<address>[^<>\s]+@[^<>\s]+)>""")]
    private static partial Regex NameAndAddress();

    [GeneratedRegex("""[^\s<>"]+@[^\s<>"]+""")]
    private static partial Regex BareAddress();
}
