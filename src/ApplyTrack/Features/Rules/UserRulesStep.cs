using ApplyTrack.Classification;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Steps;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Rules;

/// <summary>
/// The person's own rules (Premium), run in order on each new email after the classifier and before matching: they may
/// say it is not a job email (it then leaves no trace), that it is one with a given label, which company it is about,
/// and what to do with its application once matched (<see cref="RuleEffects"/>, applied by
/// <see cref="Pipeline.ApplicationCommands.ApplyRuleEffectsAsync"/>). The body is read here, in memory, and nowhere else.
/// </summary>
public sealed class UserRulesStep(ApplyTrackDbContext db, TimeProvider time) : IMailRule
{
    private string? _userId;
    private IReadOnlyList<MailRule> _rules = [];

    /// <summary>The user's enabled rules in order, loaded once per sync; none when their plan has no rules.</summary>
    public async Task<IReadOnlyList<MailRule>> RulesAsync(SyncContext context, CancellationToken cancellationToken)
    {
        if (!Plans.MayUseRules(context.Plan))
        {
            return [];
        }
        if (_userId != context.Connection.UserId)
        {
            _rules = await db.MailRules.AsNoTracking()
                .Where(r => r.UserId == context.Connection.UserId && r.Enabled)
                .OrderBy(r => r.Position)
                .ToListAsync(cancellationToken);
            _userId = context.Connection.UserId;
        }
        return _rules;
    }

    /// <summary>Whether a rule could turn what the classifier called non-job mail into a job email (so it must see it).</summary>
    public async Task<bool> MayMakeJobEmailAsync(SyncContext context, CancellationToken cancellationToken) =>
        (await RulesAsync(context, cancellationToken)).Any(r => r.Actions.Any(a => a.Type == RuleActionTypes.JobEmail));

    public async Task<bool> ApplyAsync(MailCandidate candidate, SyncContext context, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(context, cancellationToken);
        if (rules.Count == 0 || candidate.Verdict is not { } verdict)
        {
            return true;
        }
        var mail = candidate.Mail;
        var language = rules.Any(r => r.Conditions.Any(c => c.Field == RuleFields.Language)) ? MailLanguage.Detect(mail.Subject, mail.Body) : null;
        var facts = new MailFacts(mail.FromAddress, mail.FromName, mail.Subject, mail.Body ?? "", context.Connection.AccountEmail, mail.Folder,
            verdict.Label, verdict.Event, language ?? "");
        var fired = RuleEvaluation.Run(rules, facts);
        if (fired.Count == 0)
        {
            return true;
        }

        var outcome = RuleOutcome.Of(fired);
        candidate.Verdict = Decide(verdict, outcome);
        candidate.Rules = outcome;
        var ids = fired.Select(f => f.Rule.Id).ToList();
        var now = time.GetUtcNow();
        await db.MailRules.Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FiredCount, r => r.FiredCount + 1).SetProperty(r => r.LastFiredAt, now), cancellationToken);
        return true;
    }

    /// <summary>The verdict after the rules: "not job" drops it, a label replaces the classifier's, a company names the employer.</summary>
    public static EmailClassification Decide(EmailClassification verdict, RuleOutcome outcome)
    {
        var reason = outcome.Log is { } log ? [.. verdict.Reasons, log] : verdict.Reasons;
        var decided = outcome.IsJob switch
        {
            false => verdict with { Label = EmailLabels.None, Event = EmailEvents.NotJob, Reasons = reason },
            true when outcome.Label is { } label && label != verdict.Label => verdict with
            {
                Label = label,
                Event = EmailEvents.LabelOf(verdict.Event) == label ? verdict.Event : RuleEvaluation.DefaultEvent(label),
                Reasons = reason,
            },
            _ => verdict with { Reasons = reason },
        };
        return outcome.Company is { Length: > 0 } company ? decided with { Company = company } : decided;
    }
}
