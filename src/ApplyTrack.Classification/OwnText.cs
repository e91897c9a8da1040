using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification;

/// <summary>
/// The lines the sender wrote themselves, as the classifier reads them: HTML turned into text, quoted history and
/// footers dropped, blank lines gone. For readers of the same email that care about how it was written (greeting,
/// sign-off), not what it means.
/// </summary>
public static class OwnText
{
    public static IReadOnlyList<string> Lines(EmailInput email) =>
        [.. MailTextReader.Read(email).Body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l != MailText.FooterMarker)];
}
