using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ApplyTrack.Classification.Reading;

/// <summary>Turns an HTML body into the text a person would read, one block a line.</summary>
internal static partial class HtmlText
{
    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "HEAD", "TITLE", "NOSCRIPT", "TEMPLATE", "SVG"];

    private static readonly HashSet<string> Blocks =
    [
        "P", "DIV", "BR", "TR", "LI", "UL", "OL", "TABLE", "H1", "H2", "H3", "H4", "H5", "H6",
        "SECTION", "ARTICLE", "HEADER", "FOOTER", "HR", "CENTER", "BLOCKQUOTE", "PRE", "ADDRESS", "TD", "TH",
    ];

    public static bool LooksLikeHtml(string body) => HtmlTag().IsMatch(body);

    public static string ToText(string html) => Read(html).Text;

    /// <summary>
    /// The text, and whether the HTML is a layout (tables or images, as mass mail and ATS templates are) rather than
    /// text a mail server wrapped in HTML: Graph's message delta, for one, hands out every body as HTML, so a plain-text
    /// receipt arrives as <c>&lt;div&gt;…&lt;br&gt;</c> and must read exactly like the plain text it was.
    /// </summary>
    public static (string Text, bool IsLayout) Read(string html)
    {
        // A parser per call: HtmlParser instances are cheap and this keeps the reader thread-safe.
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder(html.Length / 4);
        Append(document.Body ?? (INode)document, text, quoteDepth: 0);
        // The parser has already decoded entities: decoding again would turn a written "&amp;" into "&".
        var isLayout = document.QuerySelector("table, img") is not null;
        return (text.ToString(), isLayout);
    }

    private static void Append(INode node, StringBuilder text, int quoteDepth)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendText(text, t.Data, quoteDepth);
                    break;
                case IElement e when Skipped.Contains(e.TagName):
                    break;
                case IElement { TagName: "BR" }:
                    // Every break counts, so "<br><br>" keeps the blank line plain text has between paragraphs.
                    TrimEnd(text);
                    text.Append('\n');
                    break;
                case IElement e:
                    var isBlock = Blocks.Contains(e.TagName);
                    // Quoted history (Gmail's gmail_quote, Apple's blockquote type=cite) keeps its "> " marks so
                    // the plain-text reader can drop it like any other quoted reply.
                    var isQuote = e.TagName == "BLOCKQUOTE";
                    if (isBlock)
                    {
                        NewLine(text);
                    }

                    Append(e, text, isQuote ? quoteDepth + 1 : quoteDepth);
                    if (isBlock)
                    {
                        NewLine(text);
                    }

                    break;
            }
        }
    }

    private static void AppendText(StringBuilder text, string data, int quoteDepth)
    {
        var collapsed = Whitespace().Replace(data, " ");
        if (collapsed.Length == 0 || collapsed == " " && (text.Length == 0 || text[^1] is ' ' or '\n'))
        {
            return;
        }

        var atLineStart = text.Length == 0 || text[^1] == '\n';
        if (atLineStart)
        {
            // The source's own line breaks (after a <br>) are not the start of the words on the new line.
            collapsed = collapsed.TrimStart();
            if (collapsed.Length == 0)
            {
                return;
            }
        }

        if (quoteDepth > 0 && atLineStart)
        {
            text.Append('>', quoteDepth).Append(' ');
            collapsed = collapsed.TrimStart();
        }

        text.Append(collapsed);
    }

    private static void TrimEnd(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }
    }

    private static void NewLine(StringBuilder text)
    {
        TrimEnd(text);

        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    // The tag name ends at a space, a slash or the bracket: "<p.lang@mediform.example>" and "<a.smith@…>" in a plain-text
    // forward's header are addresses, not a paragraph or a link.
    [GeneratedRegex("""<(html|body|div|p|br|table|span|td|a|img|head|meta|font|b|strong)(\s[^>]*)?/?>""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex("""\s+""")]
    private static partial Regex Whitespace();
}
