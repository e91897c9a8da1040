using System.Net;
using System.Net.Http.Json;
using ApplyTrack.Features.Data;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Accounts;

/// <summary>Promise 9: export everything as JSON; deleting the account deletes every row that belongs to it.</summary>
public abstract class AccountDataTests(ApplyTrackApplication app)
{
    [Fact]
    public async Task Export_holds_applications_history_and_notes()
    {
        var client = await app.CreateSignedInClientAsync();
        var id = (await client.CreateApplicationAsync("Contoso", "Product Manager")).GetProperty("id").GetGuid();
        await client.PatchAsJsonAsync($"/api/applications/{id}", new { status = "interviewing" });
        await client.PostAsJsonAsync($"/api/applications/{id}/notes", new { text = "Case study on Monday" });

        var response = await client.GetAsync("/api/me/export");
        var export = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.GetValues("Content-Disposition").First());
        var exported = export.GetProperty("applications")[0];
        Assert.Equal("Contoso", exported.GetProperty("application").GetProperty("company").GetString());
        Assert.Equal(2, exported.GetProperty("history").GetArrayLength());
        Assert.Equal("Case study on Monday", exported.GetProperty("application").GetProperty("notes")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Deleting_the_account_removes_every_row_and_signs_out()
    {
        var email = $"leaving-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        var id = (await client.CreateApplicationAsync("Fabrikam", "Analyst")).GetProperty("id").GetGuid();
        await client.PostAsJsonAsync($"/api/applications/{id}/notes", new { text = "note" });

        var delete = await client.DeleteAsync("/api/me");
        var me = await client.GetAsync("/api/me");
        var login = await app.CreateCookieClient().PostAsJsonAsync("/api/account/login", new { email, password = "correct horse battery" });

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
        Assert.False(await db.Applications.AnyAsync(a => a.Id == id));
        Assert.False(await db.StatusChanges.AnyAsync(h => h.ApplicationId == id));
        Assert.False(await db.ApplicationNotes.AnyAsync(n => n.ApplicationId == id));
    }
}

public sealed class SqliteAccountDataTests(SqliteApplication app) : AccountDataTests(app), IClassFixture<SqliteApplication>;

public sealed class PostgresAccountDataTests(PostgresApplication app) : AccountDataTests(app), IClassFixture<PostgresApplication>;

public sealed class MailboxAccountDataTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    [Fact]
    public async Task Export_includes_job_emails_and_deleting_the_account_removes_mail_rows_and_tokens()
    {
        var mailboxEmail = $"export-{Guid.NewGuid():N}@sandbox.test";
        app.Mailbox(mailboxEmail).Add(TestMail.Receipt("Northwind", "Buyer", DateTimeOffset.UtcNow.AddDays(-1)));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var export = await (await client.GetAsync("/api/me/export")).ReadJsonAsync();
        var delete = await client.DeleteAsync("/api/me");

        var email = export.GetProperty("applications")[0].GetProperty("emails")[0];
        Assert.Equal("We've received your application – Buyer", email.GetProperty("subject").GetString());
        Assert.Equal(mailboxEmail, export.GetProperty("connections")[0].GetProperty("accountEmail").GetString());
        Assert.DoesNotContain("credentials", export.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        Assert.False(await db.MailboxConnections.AnyAsync(c => c.Id == connectionId));
        Assert.False(await db.MailEvents.AnyAsync(e => e.ConnectionId == connectionId));
        Assert.False(await db.SyncRuns.AnyAsync(r => r.ConnectionId == connectionId));
        Assert.False(await db.FolderCursors.AnyAsync(f => f.ConnectionId == connectionId));
    }
}
