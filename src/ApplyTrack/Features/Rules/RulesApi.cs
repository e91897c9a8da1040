using ApplyTrack.Features.Audit;
using ApplyTrack.Classification;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Rules;

public sealed record RuleResponse(
    Guid Id, string Name, int Position, bool Enabled, string Match, IReadOnlyList<RuleCondition> Conditions, IReadOnlyList<RuleAction> Actions,
    string Summary, int FiredCount, DateTimeOffset? LastFiredAt);

public sealed record RuleOrderRequest(List<Guid>? Ids);

/// <summary>The export and import format: <c>{"format":"applytrack-rules","version":1,"rules":[…]}</c>.</summary>
public sealed record RulesDocument(string Format, int Version, List<RuleRequest> Rules)
{
    public const string Name = "applytrack-rules";
}

public sealed record ImportRequest(string? Format, int? Version, List<RuleRequest>? Rules, bool Replace = false);

/// <summary>One stored job email a tested rule would have acted on (metadata only).</summary>
public sealed record RuleTestMatch(Guid EmailId, DateTimeOffset ReceivedAt, string Sender, string Subject, string Label, string Event, string? Company, bool Undecided);

/// <summary>
/// <paramref name="Undecided"/>: emails where the answer depends on conditions about the text (body, language), which
/// only new mail is read for.
/// </summary>
public sealed record RuleTestResponse(int Scanned, int Days, IReadOnlyList<RuleTestMatch> Matches, int Undecided, string? Note);

public sealed record ApplyToPastRequest(int? Days);

public sealed record StageResponse(Guid Id, string Status, string Name, int Position, string Key);

public sealed record StagesRequest(List<string>? Names);

public sealed record SetStageRequest(Guid? StageId);

/// <summary>What the editor offers: fields with their operators, actions, labels, events, languages, stages, mailboxes, applications.</summary>
public sealed record RuleVocabulary(
    IReadOnlyDictionary<string, string[]> Fields, IReadOnlyList<string> Actions, IReadOnlyList<string> Labels, IReadOnlyList<string> Events,
    IReadOnlyDictionary<string, string> Languages, IReadOnlyList<StageResponse> Stages, IReadOnlyList<string> Mailboxes,
    IReadOnlyList<ApplicationChoice> Applications);

public sealed record ApplicationChoice(Guid Id, string Name);

/// <summary>
/// Custom email rules and stages (Premium), as a JSON API: the rules page uses it, and so can a person's own scripts.
/// On the Free plan every endpoint answers 403 with a ProblemDetails saying why.
/// </summary>
public static class RulesApi
{
    public const int TestDays = 90;
    public const int TestLimit = 500;
    public const int MaxRules = 100;

    public static WebApplication MapRules(this WebApplication app)
    {
        var rules = app.MapGroup("/api/rules").WithTags("Rules").RequireAuthorization().AddEndpointFilter(PremiumOnlyAsync);
        rules.MapGet("/", ListAsync).WithSummary("The signed-in user's rules, in the order they run.");
        rules.MapPost("/", CreateAsync).WithSummary("Add a rule at the end of the list.");
        rules.MapGet("/vocabulary", VocabularyAsync).WithSummary("What conditions and actions may say, and what they may refer to.");
        rules.MapGet("/export", ExportAsync).WithSummary("Every rule as a JSON document for import elsewhere.");
        rules.MapPost("/import", ImportAsync).WithSummary("Add (or with replace, swap in) the rules of an exported document; all or nothing.");
        rules.MapPut("/order", ReorderAsync).WithSummary("The order the rules run in: every rule id, first to last.");
        rules.MapPost("/test", TestAsync).WithSummary("What a rule (saved or not) would have matched among the recent job emails' metadata.");
        rules.MapPost("/apply-to-past", ApplyToPastAsync).WithSummary("Run the rules over the job emails of the last N days, re-read from the mailbox.");
        rules.MapGet("/apply-to-past", ProgressAsync).WithSummary("The progress of the last apply-to-past run.");
        rules.MapGet("/{id:guid}", GetAsync);
        rules.MapPut("/{id:guid}", UpdateAsync);
        rules.MapDelete("/{id:guid}", DeleteAsync);

        var stages = app.MapGroup("/api/stages").WithTags("Rules").RequireAuthorization().AddEndpointFilter(PremiumOnlyAsync);
        stages.MapGet("/", StagesAsync).WithSummary("The user's stages inside each status, in order.");
        stages.MapPut("/{status}", SetStagesAsync).WithSummary("The stages of one status, in order: names kept keep their cards, names dropped free them.");
        app.MapPut("/api/applications/{id:guid}/stage", SetStageAsync).WithTags("Applications").RequireAuthorization().AddEndpointFilter(PremiumOnlyAsync)
            .WithSummary("Put an application at one of the user's stages (null: none).");
        return app;
    }

    private static async ValueTask<object?> PremiumOnlyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<ApplyTrackDbContext>();
        var plan = await Plans.OfUserAsync(db, http.User.RequireUserId(), http.RequestAborted);
        return Plans.MayUseRules(plan)
            ? await next(context)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Custom email rules are a Premium feature",
                detail: "Your plan is Free. Rules and stages let Premium accounts sort their mail and move applications their own way; " +
                        "any rules you made before stay saved but do not run. Ask your administrator to switch you to Premium.",
                type: "https://applytrack.local/problems/premium-required");
    }

    private static async Task<Ok<List<RuleResponse>>> ListAsync(HttpContext http, ApplyTrackDbContext db)
    {
        var userId = http.User.RequireUserId();
        var rules = await db.MailRules.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Position).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(rules.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<RuleResponse>, NotFound>> GetAsync(Guid id, HttpContext http, ApplyTrackDbContext db)
    {
        var userId = http.User.RequireUserId();
        var rule = await db.MailRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, http.RequestAborted);
        return rule is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(rule));
    }

    private static async Task<Results<Created<RuleResponse>, ValidationProblem>> CreateAsync(RuleRequest request, HttpContext http, ApplyTrackDbContext db, AuditLog audit, TimeProvider time)
    {
        var userId = http.User.RequireUserId();
        var errors = RuleValidation.Validate(request, await ReferencesAsync(db, userId, http.RequestAborted));
        var count = await db.MailRules.CountAsync(r => r.UserId == userId, http.RequestAborted);
        if (count >= MaxRules)
        {
            errors["rules"] = [$"You have {MaxRules} rules, the most there can be. Delete one first."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var rule = NewRule(userId, request, await NextPositionAsync(db, userId, http.RequestAborted), time.GetUtcNow());
        db.MailRules.Add(rule);
        audit.Stage(userId, AuditKind.RulesChanged, $"Added rule “{rule.Name}”");
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Created($"/api/rules/{rule.Id}", ToResponse(rule));
    }

    private static async Task<Results<Ok<RuleResponse>, NotFound, ValidationProblem>> UpdateAsync(Guid id, RuleRequest request, HttpContext http, ApplyTrackDbContext db, AuditLog audit, TimeProvider time)
    {
        var userId = http.User.RequireUserId();
        var rule = await db.MailRules.SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, http.RequestAborted);
        if (rule is null)
        {
            return TypedResults.NotFound();
        }
        var errors = RuleValidation.Validate(request, await ReferencesAsync(db, userId, http.RequestAborted));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        (rule.Name, rule.Match, rule.Enabled, rule.Conditions, rule.Actions) = RuleValidation.Normalize(request);
        rule.UpdatedAt = time.GetUtcNow();
        audit.Stage(userId, AuditKind.RulesChanged, $"Changed rule “{rule.Name}”{(rule.Enabled ? "" : " (off)")}");
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Ok(ToResponse(rule));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, HttpContext http, ApplyTrackDbContext db, AuditLog audit)
    {
        var userId = http.User.RequireUserId();
        var rule = await db.MailRules.SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, http.RequestAborted);
        if (rule is null)
        {
            return TypedResults.NotFound();
        }
        db.MailRules.Remove(rule);
        audit.Stage(userId, AuditKind.RulesChanged, $"Deleted rule “{rule.Name}”");
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<RuleResponse>>, ValidationProblem>> ReorderAsync(RuleOrderRequest request, HttpContext http, ApplyTrackDbContext db, AuditLog audit)
    {
        var userId = http.User.RequireUserId();
        var rules = await db.MailRules.Where(r => r.UserId == userId).ToListAsync(http.RequestAborted);
        var ids = request.Ids ?? [];
        if (ids.Count != rules.Count || ids.Distinct().Count() != ids.Count || !rules.All(r => ids.Contains(r.Id)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ids"] = ["List every one of your rules once, in the order they should run."] });
        }
        foreach (var rule in rules)
        {
            rule.Position = ids.IndexOf(rule.Id);
        }
        if (db.ChangeTracker.HasChanges())
        {
            audit.Stage(userId, AuditKind.RulesChanged, "Changed the order of the rules");
        }
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Ok(rules.OrderBy(r => r.Position).Select(ToResponse).ToList());
    }

    private static async Task<Ok<RulesDocument>> ExportAsync(HttpContext http, ApplyTrackDbContext db)
    {
        var userId = http.User.RequireUserId();
        var rules = await db.MailRules.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Position).ToListAsync(http.RequestAborted);
        http.Response.Headers.ContentDisposition = "attachment; filename=\"applytrack-rules.json\"";
        return TypedResults.Ok(new RulesDocument(RulesDocument.Name, 1,
            rules.Select(r => new RuleRequest(r.Name, r.Match.ToString().ToLowerInvariant(), r.Enabled, r.Conditions, r.Actions)).ToList()));
    }

    private static async Task<Results<Ok<List<RuleResponse>>, ValidationProblem>> ImportAsync(ImportRequest request, HttpContext http, ApplyTrackDbContext db, AuditLog audit, TimeProvider time)
    {
        var userId = http.User.RequireUserId();
        if (request.Format != RulesDocument.Name || request.Version != 1 || request.Rules is not { Count: > 0 } imported)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["format"] = [$"This is not an ApplyTrack rules export: expected \"format\": \"{RulesDocument.Name}\", \"version\": 1 and at least one rule."],
            });
        }
        var references = await ReferencesAsync(db, userId, http.RequestAborted);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < imported.Count; i++)
        {
            foreach (var (key, value) in RuleValidation.Validate(imported[i] ?? new RuleRequest(null, null, null, null, null), references, $"rules[{i}]."))
            {
                errors[key] = value;
            }
        }
        var existing = await db.MailRules.Where(r => r.UserId == userId).ToListAsync(http.RequestAborted);
        if ((request.Replace ? 0 : existing.Count) + imported.Count > MaxRules)
        {
            errors["rules"] = [$"That would make more than {MaxRules} rules."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (request.Replace)
        {
            db.MailRules.RemoveRange(existing);
        }
        var position = request.Replace || existing.Count == 0 ? 0 : existing.Max(r => r.Position) + 1;
        var now = time.GetUtcNow();
        var added = imported.Select((r, i) => NewRule(userId, r, position + i, now)).ToList();
        db.MailRules.AddRange(added);
        audit.Stage(userId, AuditKind.RulesChanged, $"Imported {added.Count} rule(s){(request.Replace ? $", replacing {existing.Count}" : "")}");
        await db.SaveChangesAsync(http.RequestAborted);
        var all = await db.MailRules.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Position).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(all.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<RuleTestResponse>, ValidationProblem>> TestAsync(
        RuleRequest request, HttpContext http, ApplyTrackDbContext db, MetadataCipher cipher, TimeProvider time)
    {
        var userId = http.User.RequireUserId();
        // A rule under test needs conditions that make sense; its name and actions may still be unfinished.
        var errors = RuleValidation.Validate(request with { Name = "test", Actions = [new RuleAction(RuleActionTypes.Stop)] }, await ReferencesAsync(db, userId, http.RequestAborted));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var (_, match, _, conditions, _) = RuleValidation.Normalize(request with { Name = "test", Actions = [] });
        var rule = new MailRule { UserId = userId, Name = "test", Match = match, Conditions = conditions };
        var since = time.GetUtcNow().AddDays(-TestDays);
        var emails = await db.MailEvents.AsNoTracking()
            .Where(e => e.UserId == userId && e.ReceivedAt >= since && e.Label != EmailLabel.None)
            .OrderByDescending(e => e.ReceivedAt).Take(TestLimit)
            .ToListAsync(http.RequestAborted);
        var mailboxes = await db.MailboxConnections.AsNoTracking().Where(c => c.UserId == userId).ToDictionaryAsync(c => c.Id, c => c.AccountEmail, http.RequestAborted);
        var matches = new List<RuleTestMatch>();
        foreach (var e in emails)
        {
            var sender = cipher.DecryptString(e.Sender, CipherPurposes.Sender);
            var subject = cipher.DecryptString(e.Subject, CipherPurposes.Subject);
            // Only metadata: no body, no language (neither is stored).
            var facts = new MailFacts(EmailCorrectionsAddress(sender), DisplayName(sender), subject, null, mailboxes.GetValueOrDefault(e.ConnectionId), e.Folder,
                e.Label.Name(), e.Event.Name(), null);
            var result = RuleEvaluation.Matches(rule, facts);
            if (result != RuleMatchResult.No)
            {
                matches.Add(new RuleTestMatch(e.Id, e.ReceivedAt, sender, subject, e.Label.Name(), e.Event.Name(), e.Company, result == RuleMatchResult.Undecided));
            }
        }
        var textConditions = conditions.Any(c => RuleFields.NeedsText(c.Field));
        return TypedResults.Ok(new RuleTestResponse(emails.Count, TestDays, matches.Take(200).ToList(), matches.Count(m => m.Undecided),
            textConditions
                ? "Conditions on the email's text (body, language) apply to new mail only: the text is never stored, so this test cannot check them. Emails marked “depends on the text” match everything else."
                : null));
    }

    private static async Task<Results<Accepted<ReplayProgress>, ValidationProblem, ProblemHttpResult>> ApplyToPastAsync(ApplyToPastRequest request, HttpContext http, ApplyTrackDbContext db, RuleReplays replays)
    {
        if (request.Days is not ({ } days and >= 1 and <= RuleReplays.MaxDays))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"Choose how many days back to go, from 1 to {RuleReplays.MaxDays}."] });
        }
        var (started, progress) = await replays.TryStartAsync(db, http.User.RequireUserId(), days, http.RequestAborted);
        if (!started)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already running",
                detail: $"Your rules are being applied to past mail already ({progress.Done} of {progress.Total} emails). Wait for it to finish.");
        }
        return TypedResults.Accepted("/api/rules/apply-to-past", progress);
    }

    private static async Task<Results<Ok<ReplayProgress>, NoContent>> ProgressAsync(HttpContext http, ApplyTrackDbContext db, RuleReplays replays) =>
        await replays.ProgressAsync(db, http.User.RequireUserId(), http.RequestAborted) is { } progress ? TypedResults.Ok(progress) : TypedResults.NoContent();

    private static async Task<Ok<RuleVocabulary>> VocabularyAsync(HttpContext http, ApplyTrackDbContext db)
    {
        var userId = http.User.RequireUserId();
        var stages = await db.PipelineStages.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(http.RequestAborted);
        var mailboxes = await db.MailboxConnections.AsNoTracking().Where(c => c.UserId == userId).Select(c => c.AccountEmail).ToListAsync(http.RequestAborted);
        var applications = await db.Applications.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.Company)
            .Select(a => new ApplicationChoice(a.Id, a.Company + " · " + a.Role)).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(new RuleVocabulary(RuleFields.Operators, RuleActionTypes.All, EmailLabels.All, EmailEvents.All, MailLanguage.Supported,
            OrderStages(stages), mailboxes, applications));
    }

    private static async Task<Ok<List<StageResponse>>> StagesAsync(HttpContext http, ApplyTrackDbContext db)
    {
        var userId = http.User.RequireUserId();
        return TypedResults.Ok(OrderStages(await db.PipelineStages.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(http.RequestAborted)));
    }

    private static async Task<Results<Ok<List<StageResponse>>, ValidationProblem>> SetStagesAsync(string status, StagesRequest request, HttpContext http, ApplyTrackDbContext db, AuditLog audit, PipelineEvents events)
    {
        var userId = http.User.RequireUserId();
        var names = (request.Names ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).ToList();
        if (!ApplicationStatusNames.TryParse(status, out var parsed))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Stages belong to one status: saved, applied, interviewing, offer, rejected or withdrawn."] });
        }
        if (names.Count > PipelineStage.MaxPerStatus || names.Any(n => n.Length > PipelineStage.NameMaxLength || n.Contains('/'))
            || names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["names"] = [$"Up to {PipelineStage.MaxPerStatus} stages, each named once, up to {PipelineStage.NameMaxLength} characters, without “/”."],
            });
        }
        var existing = await db.PipelineStages.Where(s => s.UserId == userId && s.Status == parsed).ToListAsync(http.RequestAborted);
        foreach (var gone in existing.Where(s => !names.Contains(s.Name, StringComparer.OrdinalIgnoreCase)))
        {
            // The cards at a dropped stage simply have none (the foreign key sets it null).
            await db.Applications.Where(a => a.StageId == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.StageId, (Guid?)null), http.RequestAborted);
            db.PipelineStages.Remove(gone);
        }
        for (var i = 0; i < names.Count; i++)
        {
            var kept = existing.FirstOrDefault(s => string.Equals(s.Name, names[i], StringComparison.OrdinalIgnoreCase));
            if (kept is null)
            {
                db.PipelineStages.Add(new PipelineStage { Id = Guid.CreateVersion7(), UserId = userId, Status = parsed, Name = names[i], Position = i });
            }
            else
            {
                (kept.Name, kept.Position) = (names[i], i);
            }
        }
        if (db.ChangeTracker.HasChanges())
        {
            audit.Stage(userId, AuditKind.RulesChanged, $"Stages of {parsed}: {(names.Count == 0 ? "none" : string.Join(" → ", names))}");
        }
        await db.SaveChangesAsync(http.RequestAborted);
        // Open boards regroup their columns.
        events.Publish(userId, new PipelineEvent("updated", null));
        return TypedResults.Ok(OrderStages(await db.PipelineStages.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(http.RequestAborted)));
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> SetStageAsync(Guid id, SetStageRequest request, HttpContext http, ApplicationCommands commands, ApplyTrackDbContext db)
    {
        var userId = http.User.RequireUserId();
        var application = await commands.SetStageAsync(userId, id, request.StageId, http.RequestAborted);
        return application is null ? TypedResults.NotFound() : TypedResults.Ok(ApplicationsApi.ToResponse(application, await ApplicationsApi.StageNamesAsync(db, userId, http.RequestAborted)));
    }

    private static MailRule NewRule(string userId, RuleRequest request, int position, DateTimeOffset now)
    {
        var (name, match, enabled, conditions, actions) = RuleValidation.Normalize(request);
        return new MailRule
        {
            Id = Guid.CreateVersion7(now), UserId = userId, Name = name, Match = match, Enabled = enabled, Conditions = conditions, Actions = actions,
            Position = position, CreatedAt = now, UpdatedAt = now,
        };
    }

    private static async Task<int> NextPositionAsync(ApplyTrackDbContext db, string userId, CancellationToken cancellationToken) =>
        (await db.MailRules.Where(r => r.UserId == userId).MaxAsync(r => (int?)r.Position, cancellationToken) ?? -1) + 1;

    private static async Task<RuleReferences> ReferencesAsync(ApplyTrackDbContext db, string userId, CancellationToken cancellationToken) => new(
        await db.PipelineStages.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(cancellationToken),
        (await db.Applications.AsNoTracking().Where(a => a.UserId == userId).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet());

    private static List<StageResponse> OrderStages(IEnumerable<PipelineStage> stages) =>
        stages.OrderBy(s => ApplicationStatusNames.BoardOrder.ToList().IndexOf(s.Status)).ThenBy(s => s.Position)
            .Select(s => new StageResponse(s.Id, s.Status.ToApiName(), s.Name, s.Position, s.Key)).ToList();

    public static RuleResponse ToResponse(MailRule r) => new(
        r.Id, r.Name, r.Position, r.Enabled, r.Match.ToString().ToLowerInvariant(), r.Conditions, r.Actions, RuleText.Describe(r), r.FiredCount, r.LastFiredAt);

    private static string EmailCorrectionsAddress(string sender) => Corrections.EmailCorrections.AddressOf(sender);

    /// <summary>"Sam Rivera &lt;sam@contoso.com&gt;" → "Sam Rivera"; null without a name.</summary>
    private static string? DisplayName(string sender)
    {
        var open = sender.LastIndexOf('<');
        return open > 0 ? sender[..open].Trim().Trim('"') : null;
    }
}

public static class RulesExtensions
{
    public static IHostApplicationBuilder AddRules(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RuleReplays>();
        return builder;
    }
}
