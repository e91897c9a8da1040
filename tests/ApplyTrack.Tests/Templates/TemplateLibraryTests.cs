using System.Text.RegularExpressions;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Templates;
using Microsoft.AspNetCore.WebUtilities;

namespace ApplyTrack.Tests.Templates;

/// <summary>The library itself, filling, recruiter names and compose links: pure decisions, no server.</summary>
public sealed class TemplateLibraryTests
{
    private static readonly TemplateValues Everything = new("Contoso", "Data Analyst", "Sam Rivera", "Tuesday 3 December, 10:00", "Jordan Lee", new DateOnly(2026, 11, 12));
    private static readonly TemplateValues OnlyTheCard = new("Contoso", "Data Analyst", null, null, null, null);

    public static TheoryData<string> Languages => [.. TemplateLibrary.Languages.Select(l => l.Code)];

    [Fact]
    public void The_library_has_every_moment_in_every_language_once()
    {
        Assert.Equal(10, TemplateLibrary.Scenarios.Count);
        Assert.Equal(["en", "de", "fr", "nl", "es", "pt"], TemplateLibrary.Languages.Select(l => l.Code));
        Assert.Equal(60, TemplateLibrary.All.Count);
        Assert.Equal(60, TemplateLibrary.All.Select(t => t.Key).Distinct().Count());
        Assert.All(TemplateLibrary.Scenarios, s => Assert.Equal(6, TemplateLibrary.All.Count(t => t.Scenario == s.Key)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_template_of_a_language_is_filled_from_the_application(string code)
    {
        var language = TemplateLibrary.Language(code)!;
        foreach (var template in TemplateLibrary.All.Where(t => t.Language == code))
        {
            var subject = TemplateFill.Fill(template.Subject, Everything, language);
            var body = TemplateFill.Fill(template.Body, Everything, language);

            Assert.DoesNotMatch(@"\{\w+\}", subject + body);
            Assert.Contains("Data Analyst", subject);
            Assert.Contains("Contoso", body);
            Assert.Contains("Sam Rivera", body.Split('\n')[0]); // the greeting names the recruiter
            Assert.EndsWith("Jordan Lee", body.TrimEnd()); // signed with the person's name
            Assert.Empty(TemplateFill.Unknown(template.Subject + template.Body));
            if (template.Body.Contains("{interviewDate}", StringComparison.Ordinal))
            {
                Assert.Contains("Tuesday 3 December, 10:00", body);
            }
            if (template.Body.Contains("{appliedDate}", StringComparison.Ordinal))
            {
                Assert.Contains(new DateOnly(2026, 11, 12).ToString(language.DateFormat, language.Culture), body);
                Assert.Contains("2026", body);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void What_the_application_cannot_tell_reads_as_a_greeting_to_the_team_or_a_bracketed_hint(string code)
    {
        var language = TemplateLibrary.Language(code)!;
        foreach (var template in TemplateLibrary.All.Where(t => t.Language == code))
        {
            var body = TemplateFill.Fill(template.Body, OnlyTheCard, language);

            Assert.DoesNotMatch(@"\{\w+\}", body);
            Assert.Contains(language.NoRecruiterName, body.Split('\n')[0]);
            Assert.EndsWith(language.Hints[TemplateLibrary.YourName], body.TrimEnd());
        }
    }

    [Fact]
    public void Months_are_written_in_the_templates_language()
    {
        var applied = new DateOnly(2026, 3, 5);
        string Written(string code) => TemplateFill.Fill("{appliedDate}", OnlyTheCard with { AppliedDate = applied }, TemplateLibrary.Language(code)!);

        Assert.Equal(["5 March 2026", "5. März 2026", "5 mars 2026", "5 maart 2026", "5 de marzo de 2026", "5 de março de 2026"],
            TemplateLibrary.Languages.Select(l => Written(l.Code)));
    }

    [Theory]
    [InlineData("Sam Rivera (Contoso) <recruiting@contoso.example>", "Sam Rivera", "recruiting@contoso.example")]
    [InlineData("\"Priya Raman\" <priya.raman@northwindtraders.com>", "Priya Raman", "priya.raman@northwindtraders.com")]
    [InlineData("Anna Müller | Contoso GmbH <anna.mueller@contoso.example>", "Anna Müller", "anna.mueller@contoso.example")]
    [InlineData("Contoso Careers <no-reply@contoso.example>", null, null)]
    [InlineData("Contoso Talent Acquisition <talent@contoso.example>", null, "talent@contoso.example")]
    [InlineData("Jan van Dijk <jan@contoso.example>", "Jan van Dijk", "jan@contoso.example")]
    public void The_recruiter_is_a_person_who_can_be_answered(string sender, string? name, string? address)
    {
        Assert.Equal((name, address), RecruiterContact.From([sender], "Contoso", []));
    }

    [Fact]
    public void The_persons_own_forwards_are_not_the_recruiter_and_a_no_reply_sender_does_not_hide_a_real_one()
    {
        string[] newestFirst = ["Jordan Lee <jordan@home.example>", "Contoso Careers <no-reply@contoso.example>", "Sam Rivera <sam@contoso.example>"];

        Assert.Equal(("Sam Rivera", "sam@contoso.example"), RecruiterContact.From(newestFirst, "Contoso", ["jordan@home.example"]));
    }

    [Fact]
    public void Compose_links_open_outlook_gmail_and_a_mail_app_with_recipient_subject_and_body()
    {
        const string subject = "Thank you – Data & Analytics + more";
        const string body = "Dear Sam Rivera,\n\nThanks! 100% sure.\n\nJordan Lee";

        var work = ComposeLinks.For("sam@contoso.example", subject, body, MailProvider.Outlook, "jordan@contoso.example");
        var personal = ComposeLinks.For("sam@contoso.example", subject, body, MailProvider.Outlook, "jordan@hotmail.co.uk");
        var gmail = ComposeLinks.For(null, subject, body, MailProvider.Gmail, "jordan@gmail.com");

        AssertLink(work.Outlook, "https://outlook.office.com/mail/deeplink/compose", new() { ["to"] = "sam@contoso.example", ["subject"] = subject, ["body"] = body });
        AssertLink(personal.Outlook, "https://outlook.live.com/mail/0/deeplink/compose", new() { ["to"] = "sam@contoso.example", ["subject"] = subject, ["body"] = body });
        AssertLink(work.Gmail, "https://mail.google.com/mail/u/0/", new() { ["view"] = "cm", ["fs"] = "1", ["to"] = "sam@contoso.example", ["su"] = subject, ["body"] = body });
        AssertLink(gmail.Gmail, "https://mail.google.com/mail/u/jordan%40gmail.com/", new() { ["view"] = "cm", ["fs"] = "1", ["su"] = subject, ["body"] = body });
        Assert.StartsWith("mailto:sam@contoso.example?subject=", work.Mailto);
        Assert.Contains("%0D%0A%0D%0AThanks", work.Mailto); // RFC 6068: CRLF line breaks
        Assert.DoesNotContain('+', work.Outlook + work.Gmail + work.Mailto); // '+' would read as a space
        Assert.DoesNotContain(' ', work.Outlook + work.Gmail + work.Mailto);
        Assert.Equal(("outlook", "gmail"), (work.Mailbox, gmail.Mailbox));
    }

    internal static void AssertLink(string link, string start, Dictionary<string, string> expected)
    {
        var uri = new Uri(link);
        Assert.Equal(start, uri.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(uri.Query);
        Assert.Equal(expected.OrderBy(p => p.Key), query.ToDictionary(p => p.Key, p => p.Value.ToString()).OrderBy(p => p.Key));
        Assert.DoesNotMatch(new Regex("[^A-Za-z0-9%&=._~:/?-]"), link);
    }
}
