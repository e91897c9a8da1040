using ApplyTrack.Classification;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.FollowUps;

/// <summary>
/// Measures a job email's style and the date it names while its body is still in memory (the record step, right after
/// classification), and puts the few resulting values on the stored event. The body itself is never stored.
/// </summary>
public static class MailStyle
{
    public static void Measure(MailEvent mailEvent, IncomingMail mail, MetadataCipher cipher, ILogger logger)
    {
        try
        {
            var input = new EmailInput(mail.Sender, mail.To, mail.Subject, mail.Body, mail.ReceivedAt);
            var style = RecruiterStyle.Read(input, mailEvent.Company);
            mailEvent.StyleLanguage = style.Language;
            mailEvent.StyleFormality = style.Formality;
            mailEvent.StyleGreeting = style.Greeting;
            mailEvent.StyleSignOff = style.SignOff;
            mailEvent.StyleWords = style.Words;
            mailEvent.StyleFirstName = style.FirstName is { } first ? cipher.Encrypt(first, CipherPurposes.FirstName) : null;
            var mention = DateMention.Find(string.Join('\n', OwnText.Lines(input)), mail.ReceivedAt);
            mailEvent.NamedDate = mention?.Date is { } date && (mention.HasTime || mention.IsDeadline) ? date : null;
            mailEvent.MentionsDeadline = mention?.IsDeadline == true;
        }
        catch (Exception ex) when (ex is System.Text.RegularExpressions.RegexMatchTimeoutException or ArgumentException or InvalidOperationException)
        {
            // Style is a nicety: the email is stored without it rather than lost.
            logger.LogWarning("The style of a job email could not be measured ({Error})", ex.GetType().Name);
        }
    }
}
