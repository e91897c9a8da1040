using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.Tests.Mail;

/// <summary>
/// Realistic mail for the sync tests, written for them. Each body carries a unique marker so privacy tests can
/// prove no body text was stored or logged; non-job subjects carry one too.
/// </summary>
internal static class TestMail
{
    public static string Marker() => $"zq{Guid.NewGuid():N}"[..14];

    public static NewMailMessage Receipt(string company, string role, DateTimeOffset at, string? conversation = null) => new()
    {
        From = new MailAddress($"no-reply@{Domain(company)}", $"{company} Careers"),
        To = [new MailAddress("jordan@example.com", "Jordan Lee")],
        Subject = $"We've received your application – {role}",
        TextBody = $"""
            Hi Jordan,

            Thank you for applying for the {role} position at {company}. We have received your application and our
            recruiting team will review it carefully. If your experience matches what we are looking for, we will be
            in touch about next steps.

            Best regards,
            The {company} Talent Acquisition Team
            ref {Marker()}
            """,
        ReceivedDateTime = at,
        ConversationId = conversation,
    };

    public static NewMailMessage InterviewInvite(string company, string role, DateTimeOffset at, string? conversation = null) => new()
    {
        From = new MailAddress($"recruiting@{Domain(company)}", $"Sam Rivera ({company})"),
        To = [new MailAddress("jordan@example.com", "Jordan Lee")],
        Subject = $"Interview invitation – {role} at {company}",
        TextBody = $"""
            Hi Jordan,

            Thanks again for your interest in the {role} role at {company}. We were impressed by your background and
            would like to invite you to a 45-minute interview with the hiring manager. Please pick a time that suits
            you using the scheduling link below.

            Looking forward to speaking with you,
            Sam Rivera, Recruiter at {company}
            ref {Marker()}
            """,
        ReceivedDateTime = at,
        ConversationId = conversation,
    };

    public static NewMailMessage Offer(string company, string role, DateTimeOffset at, string? conversation = null) => new()
    {
        From = new MailAddress($"people@{Domain(company)}", $"{company} People Team"),
        To = [new MailAddress("jordan@example.com", "Jordan Lee")],
        Subject = $"Your offer from {company}",
        TextBody = $"""
            Dear Jordan,

            We are delighted to offer you the position of {role} at {company}. Attached you will find your offer letter
            with the details of your compensation: a base salary of 120,000 per year, an annual bonus and equity.
            Please review the offer and let us know if you have any questions. We would love to have you join the team.

            Warm regards,
            The {company} People Team
            ref {Marker()}
            """,
        ReceivedDateTime = at,
        ConversationId = conversation,
    };

    public static NewMailMessage Rejection(string company, string role, DateTimeOffset at, string? conversation = null) => new()
    {
        From = new MailAddress($"no-reply@{Domain(company)}", $"{company} Recruiting"),
        To = [new MailAddress("jordan@example.com", "Jordan Lee")],
        Subject = $"Your application for {role} at {company}",
        TextBody = $"""
            Dear Jordan,

            Thank you for your interest in the {role} position at {company} and for the time you invested in the process.
            After careful consideration, we regret to inform you that we have decided to move forward with other
            candidates whose experience more closely matches our needs at this time.

            We wish you all the best in your job search.
            {company} Recruiting
            ref {Marker()}
            """,
        ReceivedDateTime = at,
        ConversationId = conversation,
    };

    /// <summary>The person forwarding a recruiter email from another of their mailboxes (Gmail-style forward header).</summary>
    public static NewMailMessage Forward(NewMailMessage original, string forwarderAddress, DateTimeOffset at) => new()
    {
        From = new MailAddress(forwarderAddress, "Jordan Lee"),
        To = [new MailAddress("jordan@example.com", "Jordan Lee")],
        Subject = $"Fwd: {original.Subject}",
        TextBody = $"""
            fyi

            ---------- Forwarded message ---------
            From: {original.From.Name} <{original.From.Address}>
            Date: {original.ReceivedDateTime!.Value.ToUniversalTime():ddd, d MMM yyyy HH:mm:ss} +0000
            Subject: {original.Subject}
            To: Jordan Lee <jordan.lee@other.example>

            {original.TextBody}
            """,
        ReceivedDateTime = at,
    };

    /// <summary>Ordinary mail: a shop receipt, a newsletter, a friend. Subject and body carry the returned marker.</summary>
    public static (NewMailMessage Message, string Marker) NonJob(int variant, DateTimeOffset at)
    {
        var marker = Marker();
        var (from, subject, body) = (variant % 4) switch
        {
            0 => (new MailAddress("orders@shoeshop.example", "Shoe Shop"), $"Your order {marker} has shipped",
                $"Good news! Your running shoes are on their way. Track your parcel with code {marker}. Thanks for shopping with us."),
            1 => (new MailAddress("news@weeklydigest.example", "The Weekly Digest"), $"This week: gardening tips {marker}",
                $"Ten ways to keep your tomatoes happy this autumn, plus a recipe for green tomato chutney {marker}. Unsubscribe any time."),
            2 => (new MailAddress("maria@example.org", "Maria"), $"Dinner on Saturday? {marker}",
                $"Hey! Are you free on Saturday evening? We're thinking of trying the new Thai place {marker}. Let me know!"),
            _ => (new MailAddress("statements@bank.example", "Example Bank"), $"Your monthly statement is ready {marker}",
                $"Your statement for October is now available in online banking. Reference {marker}. This is an automated message."),
        };
        return (new NewMailMessage
        {
            From = from,
            To = [new MailAddress("jordan@example.com", "Jordan Lee")],
            Subject = subject,
            TextBody = body,
            ReceivedDateTime = at,
        }, marker);
    }

    private static string Domain(string company) => new string(company.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray()) + ".example";
}
