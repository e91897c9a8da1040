using System.Net;
using System.Net.Http.Json;
using ApplyTrack.Features.Corrections;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Corrections;

/// <summary>An opted-in report fetches the email again by its id through each provider's own client: Gmail API (sandbox), IMAP by UID (Dovecot).</summary>
public sealed class ProviderReportTests(ImapApplication app) : IClassFixture<ImapApplication>
{
    [Fact]
    public async Task A_Gmail_email_is_fetched_again_by_its_id_for_a_report()
    {
        var message = TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-2), "conv-contoso");
        ClassifierWarmUp.Run(app.Services);
        var mailboxEmail = $"report-{Guid.NewGuid():N}@gmail.test";
        app.Mailbox(mailboxEmail).Add(message);
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var report = await CorrectAndReportAsync(client);

        Assert.Contains(Marker(message), report.Body);
        Assert.Contains(message.From.Address, report.From);
        Assert.Equal(message.Subject, report.Subject);
    }

    [Fact]
    public async Task An_IMAP_email_is_fetched_again_by_its_UID_for_a_report()
    {
        var message = TestMail.Receipt("Fabrikam", "Data Scientist", DateTimeOffset.UtcNow.AddDays(-2));
        ClassifierWarmUp.Run(app.Services);
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, message);
        var client = await app.CreateSignedInClientAsync();
        var connect = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(login));
        Assert.Equal(HttpStatusCode.Created, connect.StatusCode);
        await client.WaitForSuccessfulSyncAsync((await connect.ReadJsonAsync()).GetProperty("id").GetGuid());

        var report = await CorrectAndReportAsync(client);

        Assert.Contains(Marker(message), report.Body);
        Assert.Contains(message.From.Address, report.From);
        Assert.Equal(message.Subject, report.Subject);
    }

    private async Task<ReportedMessage> CorrectAndReportAsync(HttpClient client)
    {
        var activity = await client.ActivityAsync();
        Assert.True(activity.Count == 1,
            $"{activity.Count} job emails stored; skipped: {string.Join(" | ", app.Logs.Lines.Where(l => l.Contains("skipped", StringComparison.Ordinal)))}");
        var email = activity[0];
        var emailId = email.GetProperty("id").GetGuid();
        var correction = await client.PostAsJsonAsync($"/api/activity/{emailId}/correction", new { label = "none" });
        Assert.Equal(HttpStatusCode.OK, correction.StatusCode);
        var report = await client.PostAsync($"/api/activity/{emailId}/report", null);
        Assert.True(report.StatusCode == HttpStatusCode.OK, await report.Content.ReadAsStringAsync());

        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>().Corrections.AsNoTracking().SingleAsync(c => c.MailEventId == emailId);
        return EmailCorrections.ReadReport(stored, scope.ServiceProvider.GetRequiredService<MetadataCipher>())!;
    }

    private static string Marker(NewMailMessage message) => message.TextBody!.Split("ref ")[1].Trim();
}
