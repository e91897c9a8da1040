using System.Text;
using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// The part of an email worth classifying: the newest message as plain text, without quoted history, with
/// footer lines replaced by a marker. A forwarded email whose own text is only a line or two ("FYI") is read
/// as the message it forwards, with that message's sender.
/// </summary>
internal sealed record MailText(string Subject, string Body, Sender Sender, bool IsForwarded, bool WasHtml, int UnsubscribeLines)
{
    /// <summary>The forwarded message's Subject and Date header values, when this is a forward.</summary>
    public string? ForwardedSubject { get; init; }
    public string? ForwardedDate { get; init; }

    /// <summary>
    /// A forward's own short note above the forwarded message ("look what came today!", "the client would like to meet
    /// you, see below"), which the body leaves out; empty when this is no forward. Its words say whose news it is.
    /// </summary>
    public string ForwardNote { get; init; } = "";

    /// <summary>Who sent the forward itself (the forwarded message's sender is <see cref="Sender"/>); null when this is no forward.</summary>
    public Sender? Forwarder { get; init; }

    /// <summary>
    /// The forwarded message's sender where the forward's own note is long enough to be read as the mail (then
    /// <see cref="Sender"/> is the one who forwarded it): an agency's note above its client's message. Null otherwise.
    /// </summary>
    public Sender? ForwardedFrom { get; init; }

    /// <summary>
    /// The footer lines the body replaced by <see cref="FooterMarker"/> ("© 2025 Nova Santé", "you applied for a position
    /// with Lumen Learning Co"), and those under quoted history: they name the sender's organisation. Never a feature.
    /// </summary>
    public string Footer { get; init; } = "";

    /// <summary>Longer bodies add little to the decision and cost time; the opening of the newest message decides.</summary>
    public const int MaxBodyChars = 6000;

    public const string FooterMarker = "xxfooter";
}

internal static partial class MailTextReader
{
    /// <summary>
    /// Newsletters can carry megabytes of markup; the newest message is at the top, so the rest is never parsed.
    /// </summary>
    private const int MaxRawChars = 300_000;

    /// <summary>Under this many words of its own, a forward is just a wrapper round the forwarded message.</summary>
    private const int ForwardWrapperWords = 40;

    public static MailText Read(EmailInput email)
    {
        var subject = Clean(email.Subject ?? "");
        var raw = email.Body ?? "";
        if (raw.Length > MaxRawChars)
        {
            raw = raw[..MaxRawChars];
        }

        raw = WithoutControlCharacters(raw);
        // "Was HTML" means a layout the sender built, not the HTML a mail service wraps plain text in (see HtmlText.Read).
        var (text, wasHtml) = HtmlText.LooksLikeHtml(raw) ? HtmlText.Read(raw) : (raw, false);
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

        var sender = Sender.Parse(email.From is null ? null : Clean(email.From));
        var (own, history, historyIsForward) = SplitAtHistory(lines);
        var isForwarded = false;
        string? forwardedSubject = null, forwardedDate = null;
        var forwardNote = "";
        Sender? forwarder = null, forwardedFrom = null;
        var historyForwarded = history.Length > 0 && (historyIsForward || ForwardSubject().IsMatch(subject));
        if (historyForwarded && WordCount(own) < ForwardWrapperWords)
        {
            isForwarded = true;
            forwardNote = Clean(string.Join(' ', own.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('>'))));
            forwarder = sender;
            (own, var from, forwardedSubject, forwardedDate) = ReadForwardedHeader(history);
            if (from is not null)
            {
                sender = from;
            }
        }
        else if (historyForwarded)
        {
            forwardedFrom = ReadForwardedHeader(history).From;
        }
        else if (own.All(string.IsNullOrWhiteSpace))
        {
            own = history;
        }

        // Every line read below is a piece of the text, and a footer phrase is a plain phrase (no anchor, no word boundary):
        // no phrase anywhere in the text means no footer line, and one pass of the automaton says so for most mail
        // (the line-by-line scan then runs only where a phrase is). A very long text is left to the line scan, which
        // stops at the body's length.
        var mayHaveFooter = FooterLineAnywhere is not { } anywhere || text.Length > FooterPrefilterChars || Cues.MatchesAny(anywhere, text);
        var body = new StringBuilder(Math.Min(raw.Length, MailText.MaxBodyChars + 200));
        var footer = new StringBuilder();
        var footerLines = 0;
        foreach (var line in own)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('>') || trimmed.Length == 0)
            {
                continue;
            }

            if (mayHaveFooter && FooterLine().IsMatch(trimmed))
            {
                footerLines += UnsubscribeLine().IsMatch(trimmed) ? 1 : 0;
                body.Append(MailText.FooterMarker).Append('\n');
                if (footer.Length < MaxFooterChars)
                {
                    footer.Append(Clean(trimmed.Length > MaxFooterLineChars ? trimmed[..MaxFooterLineChars] : trimmed)).Append('\n');
                }

                // A footer is a line or two; a whole message on one line that ends in "Unsubscribe" is still read.
                if (trimmed.Length <= MaxFooterLineChars)
                {
                    continue;
                }
            }

            body.Append(Clean(trimmed)).Append('\n');
            if (body.Length > MailText.MaxBodyChars)
            {
                break;
            }
        }

        // A reply's footer sits under the quoted history: the last few unquoted lines of it.
        var seen = 0;
        for (var i = history.Length - 1; i >= 0 && seen < HistoryFooterLines && footer.Length < MaxFooterChars; i--)
        {
            var trimmed = history[i].Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            seen++;
            if (mayHaveFooter && !trimmed.StartsWith('>') && trimmed.Length <= MaxFooterLineChars && FooterLine().IsMatch(trimmed))
            {
                footer.Append(Clean(trimmed)).Append('\n');
            }
        }

        var bodyText = body.Length > MailText.MaxBodyChars ? body.ToString(0, MailText.MaxBodyChars) : body.ToString();
        return new MailText(subject, bodyText.TrimEnd(), sender, isForwarded, wasHtml, footerLines)
        {
            Footer = footer.ToString(),
            ForwardedSubject = forwardedSubject,
            ForwardedDate = forwardedDate,
            ForwardNote = forwardNote,
            Forwarder = forwarder,
            ForwardedFrom = forwardedFrom,
        };
    }

    /// <summary>Splits the lines into the newest message and the quoted or forwarded history below it.</summary>
    private static (string[] Own, string[] History, bool IsForward) SplitAtHistory(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (ForwardMarker().IsMatch(line))
            {
                return (lines[..i], lines[(i + 1)..], true);
            }

            if (ReplyMarker().IsMatch(line))
            {
                return (lines[..i], lines[(i + 1)..], false);
            }

            // "On Tue, 3 Jun 2025 at 10:02, Acme <jobs@acme.com>" / "wrote:" is often wrapped over two lines.
            if (i + 1 < lines.Length && ReplyMarker().IsMatch(line + " " + lines[i + 1].Trim()))
            {
                return (lines[..i], lines[(i + 2)..], false);
            }

            if (HeaderBlockStart().IsMatch(line) && HasHeaderBlock(lines, i))
            {
                return (lines[..i], lines[i..], false);
            }
        }

        return (lines, [], false);
    }

    /// <summary>An Outlook-style quoted header: a From: line followed closely by Sent:/Date: and Subject:.</summary>
    private static bool HasHeaderBlock(string[] lines, int start)
    {
        var seen = 0;
        for (var j = start + 1; j < Math.Min(lines.Length, start + 6); j++)
        {
            if (HeaderField().IsMatch(lines[j].Trim()))
            {
                seen++;
            }
        }

        return seen >= 2;
    }

    /// <summary>Skips the From:/Date:/Subject:/To: block at the top of a forwarded message, keeping its sender.</summary>
    private static (string[] Body, Sender? From, string? Subject, string? Date) ReadForwardedHeader(string[] history)
    {
        Sender? from = null;
        string? subject = null, date = null;
        var i = 0;
        while (i < history.Length && string.IsNullOrWhiteSpace(history[i]))
        {
            i++;
        }

        while (i < history.Length)
        {
            var line = history[i].Trim().TrimStart('>', ' ');
            var match = AnyHeaderField().Match(line);
            if (!match.Success)
            {
                break;
            }

            if (FromField().IsMatch(line))
            {
                from = Sender.Parse(match.Groups["value"].Value);
            }
            else if (SubjectField().IsMatch(line))
            {
                subject = match.Groups["value"].Value.Trim();
            }
            else if (DateField().IsMatch(line))
            {
                date = match.Groups["value"].Value.Trim();
            }

            i++;
        }

        return (history[i..].Select(l => l.TrimStart().StartsWith('>') ? l.TrimStart().TrimStart('>') : l).ToArray(), from, subject, date);
    }

    private static int WordCount(IEnumerable<string> lines) =>
        lines.Sum(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    /// <summary>Zero-width and non-breaking characters that trackers put into subjects and preheaders, and control characters.</summary>
    private static string Clean(string text) => Invisible().Replace(text, "").Replace('\u00A0', ' ').Replace('\v', ' ').Replace('\f', ' ');

    private static readonly System.Buffers.SearchValues<char> ControlCharacters =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 32).Where(c => c is not '\t' and not '\n' and not '\r').Select(c => (char)c), '\u007F']);

    /// <summary>The whole body without the control characters no text shows (forwarded headers and quotes included); a vertical tab or form feed is a space.</summary>
    private static string WithoutControlCharacters(string raw)
    {
        if (raw.AsSpan().IndexOfAny(ControlCharacters) < 0)
        {
            return raw;
        }

        var text = new System.Text.StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (c is '\v' or '\f')
            {
                text.Append(' ');
            }
            else if (!ControlCharacters.Contains(c))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    [GeneratedRegex("""^(-{2,}\s*)?(Forwarded message|Begin forwarded message|Message transféré|Weitergeleitete Nachricht|Mensaje reenviado|Doorgestuurd bericht|Mensagem encaminhada|Messaggio inoltrato)\s*:?\s*(-{2,})?\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardMarker();

    [GeneratedRegex("""^(-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Oorspronkelijk bericht|Mensagem original)\s*-{2,}|On .{6,220}wrote:|Le .{6,220}a écrit\s*:|Am .{6,220}schrieb.{0,200}:|El .{6,220}escribió:|Op .{6,220}schreef.{0,200}:|(Em|No dia) .{6,220}escreveu:)\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyMarker();

    [GeneratedRegex("""^\*?(From|De|Von|Van)\s?:""", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderBlockStart();

    [GeneratedRegex("""^\*?(Subject|Objet|Betreff|Asunto|Onderwerp|Assunto|Oggetto)\s?:""", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectField();

    [GeneratedRegex("""^\*?(Date|Sent|Envoyé|Gesendet|Datum|Enviado|Fecha|Verzonden|Data)\s?:""", RegexOptions.IgnoreCase)]
    private static partial Regex DateField();

    [GeneratedRegex("""^\*?(Sent|Date|Subject|To|Envoyé|Objet|À|Gesendet|Betreff|An|Datum|Enviado|Asunto|Para|Fecha|Verzonden|Onderwerp|Aan|Assunto|Data)\s?:""", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderField();

    [GeneratedRegex("""^\*?(?<name>From|De|Von|Van|Sent|Date|Subject|To|Cc|Envoyé|Objet|À|Gesendet|Betreff|An|Datum|Enviado|Asunto|Para|Fecha|Verzonden|Onderwerp|Aan|Assunto|Data|Reply-To)\s?:\*?\s*(?<value>.*)$""", RegexOptions.IgnoreCase)]
    private static partial Regex AnyHeaderField();

    [GeneratedRegex("""^\*?(From|De|Von|Van)\s?:""", RegexOptions.IgnoreCase)]
    private static partial Regex FromField();

    [GeneratedRegex("""^\s*(Fwd?|TR|WG|RV|Enc|Doorst|FW)\s*:""", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardSubject();

    [GeneratedRegex("""unsubscribe|view (it |this email )?in (your )?browser|manage (your )?(email )?preferences|email preferences|se désinscrire|désabonner|désinscri|abmelden|abbestellen|darse de baja|cancelar (la )?suscripción|uitschrijven|afmelden|cancelar (a )?inscrição|descadastr|you are receiving this|you received this (email|message)|this (email|message) was sent to|privacy policy|politique de confidentialité|datenschutzerklärung|política de privacidad|privacybeleid|política de privacidade|all rights reserved|tous droits réservés|alle rechte vorbehalten|©|\(c\) 20\d\d""", RegexOptions.IgnoreCase)]
    private static partial Regex FooterLine();

    private static readonly Regex[]? FooterLineAnywhere = Cues.OnePass(FooterLine().ToString(), FooterLine().Options, "(?:", ")");

    private const int FooterPrefilterChars = 20_000;

    /// <summary>The footer-line pattern and its one-pass shortcut over the whole text (for the tests).</summary>
    internal static Regex FooterLinePattern => FooterLine();

    internal static Regex[]? FooterLineShortcut => FooterLineAnywhere;

    private const int MaxFooterLineChars = 200;

    private const int MaxFooterChars = 600;

    private const int HistoryFooterLines = 4;

    // The footer lines of mail sent to many (not a company's copyright or privacy line, which people's mail has too).
    [GeneratedRegex("""unsubscribe|manage (your )?(email )?preferences|email preferences|se désinscrire|désabonner|désinscri|abmelden|abbestellen|darse de baja|cancelar (la )?suscripción|uitschrijven|afmelden|cancelar (a )?inscrição|descadastr|you are receiving this|you received this (email|message)|this (email|message) was sent to""", RegexOptions.IgnoreCase)]
    private static partial Regex UnsubscribeLine();

    // Zero-width and soft-hyphen characters, and the control characters no text shows (a NUL, an escape); a line's own
    // breaks and tabs stay, a vertical tab or a form feed is a space (Clean).
    [GeneratedRegex("""[\u0000-\u0008\u000E-\u001F\u007F\u200B-\u200F\u2060\uFEFF\u034F\u00AD]""")]
    private static partial Regex Invisible();
}
