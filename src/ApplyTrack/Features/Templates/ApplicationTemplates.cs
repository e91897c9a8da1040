using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Templates;

/// <summary>A template filled for one application, with the links that open it in the person's mail.</summary>
/// <param name="Id">The library key ("thank-you.de") or the person's template id.</param>
public sealed record FilledTemplate(string Id, string Scenario, string Language, string Name, bool Own, string Subject, string Body, ComposeLinks Links);

/// <summary>What a template is filled from, for one application: its facts, who wrote, and which mailbox they wrote to.</summary>
public sealed record TemplateContext(TemplateValues Values, string? RecipientAddress, MailProvider? Provider, string? MailboxAccount);

/// <summary>
/// Fills the library and the person's own templates for one application: company and role from the card, the recruiter's
/// name and address from its emails' (decrypted) senders, the date applied from its history, and what only the person
/// knows (their name, the interview's date) from what they typed.
/// </summary>
public sealed class ApplicationTemplates(ApplyTrackDbContext db, MetadataCipher cipher)
{
    public async Task<TemplateContext?> ContextAsync(string userId, Guid applicationId, string? yourName, string? interviewDate, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId && a.UserId == userId)
            .Select(a => new { a.Company, a.Role, a.Source }).SingleOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return null;
        }
        var applied = await db.StatusChanges.AsNoTracking()
            .Where(s => s.ApplicationId == applicationId && s.To != ApplicationStatus.Saved)
            .OrderBy(s => s.At).Select(s => (DateTimeOffset?)s.At).FirstOrDefaultAsync(cancellationToken);
        var emails = await db.MailEvents.AsNoTracking().Where(e => e.ApplicationId == applicationId && e.UserId == userId)
            .OrderByDescending(e => e.ReceivedAt).Take(20).Select(e => new { e.Sender, e.ConnectionId }).ToListAsync(cancellationToken);
        var connections = await db.MailboxConnections.AsNoTracking().Where(c => c.UserId == userId)
            .Select(c => new { c.Id, c.Provider, c.AccountEmail }).ToListAsync(cancellationToken);

        var (name, address) = RecruiterContact.From(
            emails.Select(e => cipher.DecryptString(e.Sender, CipherPurposes.Sender)), application.Company, [.. connections.Select(c => c.AccountEmail)]);
        // The mailbox the recruiter wrote to: the newest email's, else the one that created the card.
        var mailbox = emails.Count > 0
            ? connections.FirstOrDefault(c => c.Id == emails[0].ConnectionId)
            : connections.FirstOrDefault(c => $"{c.Provider.ToString().ToLowerInvariant()}:{c.AccountEmail}" == application.Source);
        var values = new TemplateValues(application.Company, application.Role, name, Clean(interviewDate), Clean(yourName),
            applied is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null);
        return new TemplateContext(values, address, mailbox?.Provider, mailbox?.AccountEmail);
    }

    /// <summary>The library's templates in one language, then the person's own in that language, filled.</summary>
    public async Task<IReadOnlyList<FilledTemplate>> FillAsync(string userId, TemplateContext context, TemplateLanguage language, CancellationToken cancellationToken)
    {
        var own = await db.Set<ResponseTemplate>().AsNoTracking().Where(t => t.UserId == userId && t.Language == language.Code)
            .OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var library = TemplateLibrary.All.Where(t => t.Language == language.Code)
            .Select(t => Fill(context, language, t.Key, t.Scenario, TemplateLibrary.Scenario(t.Scenario)!.Name, own: false, t.Subject, t.Body));
        var mine = own.Select(t => Fill(context, language, t.Id.ToString(), t.Scenario, t.Name, own: true, t.Subject, t.Body));
        return [.. mine, .. library];
    }

    public static FilledTemplate Fill(TemplateContext context, TemplateLanguage language, string id, string scenario, string name, bool own, string subject, string body)
    {
        var filledSubject = TemplateFill.Fill(subject, context.Values, language);
        var filledBody = TemplateFill.Fill(body, context.Values, language);
        return new FilledTemplate(id, scenario, language.Code, name, own, filledSubject, filledBody,
            ComposeLinks.For(context.RecipientAddress, filledSubject, filledBody, context.Provider, context.MailboxAccount));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, 100)];
}
