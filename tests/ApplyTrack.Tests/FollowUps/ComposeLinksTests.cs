using ApplyTrack.Features.FollowUps;
using ApplyTrack.Features.Mail;
using Microsoft.AspNetCore.WebUtilities;

namespace ApplyTrack.Tests.FollowUps;

/// <summary>Compose deep links: the documented hosts and parameters, and every value back intact after decoding.</summary>
public sealed class ComposeLinksTests
{
    private const string To = "priya.raman@northwind.example";
    private const string Subject = "Re: Your offer – Senior PM & Co. (#2)";
    private const string Body = "Hi Priya,\n\nThanks a lot — 100% yes + a question?\n\nBest,\nAlex";

    [Fact]
    public void Outlook_work_accounts_use_the_office_deeplink_with_to_subject_and_body()
    {
        var url = new Uri(ComposeLinks.Outlook(To, Subject, Body, "alex@contoso.com"));
        var query = QueryHelpers.ParseQuery(url.Query);

        Assert.Equal("https://outlook.office.com/mail/deeplink/compose", url.GetLeftPart(UriPartial.Path));
        Assert.Equal(To, query["to"].ToString());
        Assert.Equal(Subject, query["subject"].ToString());
        Assert.Equal(Body, query["body"].ToString());
        // Spaces as %20, never "+": Outlook keeps a "+" literally when the link passes through its sign-in.
        Assert.DoesNotContain("+", url.Query.Replace("%2B", ""));
    }

    [Fact]
    public void Outlook_com_accounts_use_the_live_deeplink()
    {
        var url = new Uri(ComposeLinks.Outlook(To, Subject, Body, "alex.morgan@outlook.com"));

        Assert.Equal("https://outlook.live.com/mail/0/deeplink/compose", url.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public void Gmail_opens_the_compose_view_of_the_account_the_recruiter_wrote_to()
    {
        var url = new Uri(ComposeLinks.Gmail(To, Subject, Body, "alex.morgan@gmail.com"));
        var query = QueryHelpers.ParseQuery(url.Query);

        Assert.Equal("https://mail.google.com/mail/u/alex.morgan%40gmail.com/", url.GetLeftPart(UriPartial.Path));
        Assert.Equal(("cm", "1"), (query["view"].ToString(), query["fs"].ToString()));
        Assert.Equal(To, query["to"].ToString());
        Assert.Equal(Subject, query["su"].ToString());
        Assert.Equal(Body, query["body"].ToString());
    }

    [Fact]
    public void Mailto_follows_rfc_6068_with_crlf_line_breaks()
    {
        var link = ComposeLinks.MailTo(To, Subject, Body);

        Assert.StartsWith($"mailto:{To}?subject=", link);
        var query = QueryHelpers.ParseQuery(link[link.IndexOf('?')..]);
        Assert.Equal(Subject, query["subject"].ToString());
        Assert.Equal(Body.Replace("\n", "\r\n"), query["body"].ToString());
    }

    [Fact]
    public void The_mailbox_the_recruiter_wrote_to_comes_first_and_a_missing_recipient_is_left_out()
    {
        var gmail = ComposeLinks.For(null, Subject, Body, MailProvider.Gmail, "alex@gmail.com");
        var outlook = ComposeLinks.For(To, Subject, Body, MailProvider.Outlook, "alex@contoso.com");

        Assert.Equal("Open in Gmail", gmail[0].Label);
        Assert.True(gmail[0].IsRecruitersMailbox);
        Assert.DoesNotContain("to=", new Uri(gmail[0].Url).Query);
        Assert.Equal("Open in Outlook", outlook[0].Label);
        Assert.All(outlook, l => Assert.True(Uri.TryCreate(l.Url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "mailto" && !l.Url.Contains(' '), l.Url));
    }
}
