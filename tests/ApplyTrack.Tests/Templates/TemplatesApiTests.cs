using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Templates;

/// <summary>
/// Templates over HTTP, filled from an application synced from the sandbox: Contoso's receipt (no-reply) and Sam Rivera's
/// interview invitation (recruiting@contoso.example), in an Outlook mailbox.
/// </summary>
public sealed class TemplatesApiTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    private async Task<(HttpClient Client, Guid ApplicationId)> PremiumWithApplicationAsync(string? email = null)
    {
        var client = await app.CreateSignedInClientAsync(email); // demo mode: new accounts are Premium
        var mailboxEmail = $"templates-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Data Analyst", DateTimeOffset.UtcNow.AddDays(-10)));
        mailbox.Add(TestMail.InterviewInvite("Contoso", "Data Analyst", DateTimeOffset.UtcNow.AddDays(-3)));
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        await Eventually.WaitAsync(async () => (await client.StatusesAsync()).GetValueOrDefault("Contoso") == "interviewing", TimeSpan.FromSeconds(30), "Contoso at Interviewing");
        var application = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().Single();
        return (client, application.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Every_template_in_every_language_is_filled_from_the_application_with_compose_links_to_the_recruiter()
    {
        var (client, id) = await PremiumWithApplicationAsync();

        foreach (var language in new[] { "en", "de", "fr", "nl", "es", "pt" })
        {
            var templates = (await (await client.GetAsync($"/api/applications/{id}/templates?language={language}&yourName=Jordan%20Lee&interviewDate=3%2F12%2C%2010%3A00"))
                .ReadJsonAsync()).EnumerateArray().ToList();

            Assert.Equal(10, templates.Count);
            foreach (var template in templates)
            {
                var (subject, body) = (template.GetProperty("subject").GetString()!, template.GetProperty("body").GetString()!);
                Assert.Equal(language, template.GetProperty("language").GetString());
                Assert.DoesNotMatch(@"\{\w+\}", subject + body);
                Assert.Contains("Data Analyst", subject);
                Assert.Contains("Contoso", body);
                Assert.Contains("Sam Rivera", body.Split('\n')[0]);
                Assert.EndsWith("Jordan Lee", body);
                var links = template.GetProperty("links");
                Assert.Equal("outlook", links.GetProperty("mailbox").GetString());
                TemplateLibraryTests.AssertLink(links.GetProperty("outlook").GetString()!, "https://outlook.office.com/mail/deeplink/compose",
                    new() { ["to"] = "recruiting@contoso.example", ["subject"] = subject, ["body"] = body });
                TemplateLibraryTests.AssertLink(links.GetProperty("gmail").GetString()!, "https://mail.google.com/mail/u/0/",
                    new() { ["view"] = "cm", ["fs"] = "1", ["to"] = "recruiting@contoso.example", ["su"] = subject, ["body"] = body });
                Assert.StartsWith("mailto:recruiting@contoso.example?subject=", links.GetProperty("mailto").GetString());
            }
        }
    }

    [Fact]
    public async Task A_person_copies_a_library_template_edits_it_uses_it_and_deletes_it()
    {
        var (client, id) = await PremiumWithApplicationAsync();

        var copy = await client.PostAsJsonAsync("/api/templates", new { basedOn = "thank-you.fr" });
        var created = await copy.ReadJsonAsync();
        var templateId = created.GetProperty("id").GetGuid();
        var edit = await client.PutAsJsonAsync($"/api/templates/{templateId}", new
        {
            name = "Merci, version courte",
            body = "Bonjour {recruiterName},\n\nMerci pour l'échange sur le poste de {role} chez {company}.\n\n{yourName}",
        });
        var mine = (await (await client.GetAsync("/api/templates")).ReadJsonAsync()).EnumerateArray().ToList();
        var filled = (await (await client.GetAsync($"/api/applications/{id}/templates?language=fr&yourName=Jordan")).ReadJsonAsync()).EnumerateArray().ToList();
        var delete = await client.DeleteAsync($"/api/templates/{templateId}");
        var deleteAgain = await client.DeleteAsync($"/api/templates/{templateId}");
        var afterDelete = (await (await client.GetAsync("/api/templates")).ReadJsonAsync()).GetArrayLength();

        Assert.Equal(HttpStatusCode.Created, copy.StatusCode);
        Assert.Equal(("thank-you", "fr", "thank-you.fr"), (created.GetProperty("scenario").GetString(), created.GetProperty("language").GetString(), created.GetProperty("basedOn").GetString()));
        Assert.Contains("{recruiterName}", created.GetProperty("body").GetString()); // a copy keeps its placeholders
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal("Merci, version courte", Assert.Single(mine).GetProperty("name").GetString());
        Assert.Equal(11, filled.Count);
        var own = filled[0];
        Assert.True(own.GetProperty("own").GetBoolean());
        Assert.Equal(templateId.ToString(), own.GetProperty("id").GetString());
        Assert.Equal("Bonjour Sam Rivera,\n\nMerci pour l'échange sur le poste de Data Analyst chez Contoso.\n\nJordan", own.GetProperty("body").GetString());
        Assert.Equal("Merci pour notre entretien – Data Analyst", own.GetProperty("subject").GetString());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.StatusCode);
        Assert.Equal(0, afterDelete);
    }

    [Fact]
    public async Task Another_person_can_neither_see_change_nor_fill_someone_elses_templates_or_application()
    {
        var (owner, id) = await PremiumWithApplicationAsync();
        var templateId = (await (await owner.PostAsJsonAsync("/api/templates", new { basedOn = "withdraw.nl" })).ReadJsonAsync()).GetProperty("id").GetGuid();
        var other = await app.CreateSignedInClientAsync();

        var list = await (await other.GetAsync("/api/templates")).ReadJsonAsync();
        var edit = await other.PutAsJsonAsync($"/api/templates/{templateId}", new { name = "mine now" });
        var delete = await other.DeleteAsync($"/api/templates/{templateId}");
        var fill = await other.GetAsync($"/api/applications/{id}/templates");
        var ownerStill = await (await owner.GetAsync("/api/templates")).ReadJsonAsync();

        Assert.Equal(0, list.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, fill.StatusCode);
        Assert.Equal("Withdraw your application (Nederlands)", Assert.Single(ownerStill.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Bad_templates_get_a_validation_problem_that_says_what_to_fix()
    {
        var client = await app.CreateSignedInClientAsync();

        var unknownPlaceholder = await client.PostAsJsonAsync("/api/templates", new { scenario = "thank-you", language = "en", name = "Mine", subject = "Hi", body = "Salary {salary}" });
        var unknownLanguage = await client.PostAsJsonAsync("/api/templates", new { scenario = "thank-you", language = "it", name = "Mine", subject = "Ciao", body = "Grazie" });
        var unknownBase = await client.PostAsJsonAsync("/api/templates", new { basedOn = "thank-you.it" });
        var empty = await client.PostAsJsonAsync("/api/templates", new { scenario = "withdraw", language = "de", name = " ", subject = "", body = "x" });
        var fillUnknownLanguage = await client.GetAsync($"/api/applications/{Guid.NewGuid()}/templates?language=xx");

        Assert.Contains("{salary}", (await unknownPlaceholder.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("placeholders")[0].GetString());
        Assert.True((await unknownLanguage.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("language", out _));
        Assert.True((await unknownBase.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("basedOn", out _));
        var errors = (await empty.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) && errors.TryGetProperty("subject", out _));
        await fillUnknownLanguage.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task On_the_free_plan_templates_answer_403_and_the_application_page_says_what_premium_adds()
    {
        var email = $"free-{Guid.NewGuid():N}@example.com";
        var (client, id) = await PremiumWithApplicationAsync(email);
        await SetPlanAsync(email, Plan.Free);

        var library = await client.GetAsync("/api/templates/library");
        var fill = await client.GetAsync($"/api/applications/{id}/templates");
        var detail = await client.GetStringAsync($"/applications/{id}");

        var problem = await library.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("https://applytrack.local/problems/premium-required", problem.GetProperty("type").GetString());
        await fill.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("id=\"templates-premium\"", detail);
        Assert.DoesNotContain("Open in Outlook", detail);
    }

    [Fact]
    public async Task The_application_page_shows_the_templates_filled_in_with_copy_and_open_in_buttons()
    {
        var (client, id) = await PremiumWithApplicationAsync();

        var detail = await client.GetStringAsync($"/applications/{id}?tplLanguage=de&yourName=Jordan%20Lee");

        Assert.Contains("id=\"templates\"", detail);
        Assert.Equal(10, CountOf(detail, "Open in Outlook"));
        Assert.Equal(10, CountOf(detail, "Open in Gmail"));
        Assert.Contains("href=\"https://outlook.office.com/mail/deeplink/compose?to=recruiting%40contoso.example&amp;subject=", detail);
        Assert.Contains("Guten Tag Sam Rivera,", detail);
        Assert.Contains("data-copy=\"#tpl-body-0\"", detail);
        Assert.Contains("<option value=\"de\" selected=\"selected\">Deutsch</option>", detail);
    }

    private async Task SetPlanAsync(string email, Plan plan)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, user, plan, CancellationToken.None);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
