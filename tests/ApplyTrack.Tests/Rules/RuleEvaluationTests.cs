using ApplyTrack.Features.Pipeline;
using ApplyTrack.Features.Rules;

namespace ApplyTrack.Tests.Rules;

/// <summary>The rules as pure decisions: each condition, all/any, order and stop, patterns with a timeout, stages.</summary>
public sealed class RuleEvaluationTests
{
    private static readonly MailFacts Mail = new(
        "jobs@mail.contoso.com", "Sam Rivera (Contoso)", "Interview invitation – Designer", "Please book a slot for your phone screen.",
        "jordan@example.com", "inbox", "interviewing", "interview_invite", "en");

    private static MailRule Rule(string name, RuleMatch match, RuleCondition[] conditions, params RuleAction[] actions) =>
        new() { Id = Guid.NewGuid(), UserId = "u", Name = name, Match = match, Conditions = [.. conditions], Actions = [.. actions] };

    [Theory]
    [InlineData("sender", "is", "JOBS@mail.contoso.com", true)]
    [InlineData("sender", "is", "jobs@contoso.com", false)]
    [InlineData("sender", "domain", "contoso.com", true)]
    [InlineData("sender", "domain", "@mail.contoso.com", true)]
    [InlineData("sender", "domain", "toso.com", false)]
    [InlineData("sender", "contains", "contoso", true)]
    [InlineData("senderName", "contains", "rivera", true)]
    [InlineData("senderName", "is", "Sam Rivera", false)]
    [InlineData("subject", "contains", "invitation", true)]
    [InlineData("subject", "is", "interview invitation – designer", true)]
    [InlineData("subject", "matches", @"^interview\b.*(designer|engineer)$", true)]
    [InlineData("subject", "matches", @"^offer", false)]
    [InlineData("body", "contains", "PHONE SCREEN", true)]
    [InlineData("body", "contains", "onsite", false)]
    [InlineData("body", "matches", @"book\s+a\s+slot", true)]
    [InlineData("mailbox", "is", "jordan@example.com", true)]
    [InlineData("mailbox", "is", "other@example.com", false)]
    [InlineData("folder", "is", "INBOX", true)]
    [InlineData("folder", "is", "archive", false)]
    [InlineData("label", "is", "interviewing", true)]
    [InlineData("label", "is", "applied", false)]
    [InlineData("event", "is", "interview_invite", true)]
    [InlineData("event", "is", "next_round", false)]
    [InlineData("language", "is", "en", true)]
    [InlineData("language", "is", "de", false)]
    public void Each_condition_tests_its_own_field(string field, string @operator, string value, bool expected)
    {
        var result = RuleEvaluation.Test(new RuleCondition(field, @operator, value), Mail);

        Assert.Equal(expected ? RuleMatchResult.Yes : RuleMatchResult.No, result);
    }

    [Fact]
    public void Over_stored_metadata_a_body_or_language_condition_is_undecided_not_false()
    {
        var metadataOnly = Mail with { Body = null, Language = null };
        var all = Rule("r", RuleMatch.All, [new("sender", "domain", "contoso.com"), new("body", "contains", "phone screen")], new RuleAction("stop"));
        var allFails = Rule("r", RuleMatch.All, [new("sender", "domain", "fabrikam.com"), new("language", "is", "en")], new RuleAction("stop"));
        var any = Rule("r", RuleMatch.Any, [new("sender", "domain", "fabrikam.com"), new("body", "contains", "x")], new RuleAction("stop"));

        Assert.Equal(RuleMatchResult.Undecided, RuleEvaluation.Matches(all, metadataOnly));
        Assert.Equal(RuleMatchResult.No, RuleEvaluation.Matches(allFails, metadataOnly));
        Assert.Equal(RuleMatchResult.Undecided, RuleEvaluation.Matches(any, metadataOnly));
        Assert.Equal(RuleMatchResult.Yes, RuleEvaluation.Matches(all, Mail));
    }

    [Fact]
    public void All_needs_every_condition_and_any_needs_one()
    {
        RuleCondition[] conditions = [new("sender", "domain", "contoso.com"), new("subject", "contains", "offer")];

        Assert.Equal(RuleMatchResult.No, RuleEvaluation.Matches(Rule("all", RuleMatch.All, conditions, new RuleAction("stop")), Mail));
        Assert.Equal(RuleMatchResult.Yes, RuleEvaluation.Matches(Rule("any", RuleMatch.Any, conditions, new RuleAction("stop")), Mail));
    }

    [Fact]
    public void Rules_run_in_their_order_and_the_first_stop_ends_the_list()
    {
        RuleCondition[] contoso = [new("sender", "domain", "contoso.com")];
        var second = Rule("second", RuleMatch.All, contoso, new RuleAction("tag", "b"), new RuleAction("stop"), new RuleAction("tag", "never"));
        var first = Rule("first", RuleMatch.All, contoso, new RuleAction("tag", "a"));
        var third = Rule("third", RuleMatch.All, contoso, new RuleAction("tag", "c"));
        var disabled = Rule("off", RuleMatch.All, contoso, new RuleAction("tag", "off"));
        (first.Position, second.Position, third.Position, disabled.Position, disabled.Enabled) = (0, 1, 2, 0, false);

        var fired = RuleEvaluation.Run([third, second, disabled, first], Mail);
        var outcome = RuleOutcome.Of(fired);

        Assert.Equal(["first", "second"], fired.Select(f => f.Rule.Name));
        Assert.Equal(["a", "b"], outcome.Effects.Tags);
        Assert.Equal("Rule “first”: tag a. Rule “second”: tag b, stop.", outcome.Log);
    }

    [Fact]
    public void A_later_rule_sees_the_label_an_earlier_rule_gave()
    {
        var relabel = Rule("relabel", RuleMatch.All, [new("sender", "domain", "contoso.com")], new RuleAction("jobEmail", "offer"));
        var onOffer = Rule("on offer", RuleMatch.All, [new("label", "is", "offer")], new RuleAction("tag", "seen as offer"));
        onOffer.Position = 1;

        var outcome = RuleOutcome.Of(RuleEvaluation.Run([relabel, onOffer], Mail));

        Assert.Equal((true, "offer"), (outcome.IsJob, outcome.Label));
        Assert.Equal(["seen as offer"], outcome.Effects.Tags);
    }

    [Fact]
    public void Each_action_lands_in_the_outcome()
    {
        var applicationId = Guid.NewGuid();
        var rule = Rule("all of them", RuleMatch.All, [new("sender", "domain", "contoso.com")],
            new RuleAction("jobEmail", "interviewing"), new RuleAction("setStatus", "offer"), new RuleAction("setStage", "interviewing/Onsite"),
            new RuleAction("assignApplication", applicationId.ToString()), new RuleAction("assignCompany", "Contoso"),
            new RuleAction("addNote", "Bring a portfolio"), new RuleAction("tag", "referral"));
        var notJob = Rule("not job", RuleMatch.All, [new("sender", "domain", "contoso.com")], new RuleAction("notJob"));

        var outcome = RuleOutcome.Of(RuleEvaluation.Run([rule], Mail));
        var dropped = RuleOutcome.Of(RuleEvaluation.Run([notJob], Mail));

        Assert.Equal((true, "interviewing", "Contoso"), (outcome.IsJob, outcome.Label, outcome.Company));
        Assert.Equal(("offer", "interviewing/Onsite", applicationId), (outcome.Effects.Status, outcome.Effects.Stage, outcome.Effects.ApplicationId));
        Assert.Equal(["Bring a portfolio"], outcome.Effects.Notes);
        Assert.Equal(["referral"], outcome.Effects.Tags);
        var stored = RuleEffects.FromJson(outcome.Effects.ToJson())!;
        Assert.Equal((outcome.Effects.Status, outcome.Effects.Stage, outcome.Effects.ApplicationId), (stored.Status, stored.Stage, stored.ApplicationId));
        Assert.Equal(outcome.Effects.Tags, stored.Tags);
        Assert.False(dropped.IsJob);
        Assert.Null(dropped.Effects.ToJson());
    }

    [Fact]
    public void A_pathological_pattern_runs_in_linear_time_or_times_out_and_an_invalid_one_is_refused()
    {
        var input = new string('a', 50_000) + "!";

        var started = System.Diagnostics.Stopwatch.StartNew();
        var matched = RuleEvaluation.IsMatch(input, "^(a+)+$");

        Assert.False(matched);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
        Assert.NotNull(RuleEvaluation.PatternError("(unclosed"));
        Assert.NotNull(RuleEvaluation.PatternError(@"(\w)\1"));
        Assert.Null(RuleEvaluation.PatternError(@"^interview\b"));
    }

    [Fact]
    public void A_round_note_moves_the_stage_forward_only_and_a_rule_names_a_stage_by_status_and_name()
    {
        var stages = new[] { "Phone screen", "Technical", "Onsite", "Final" }
            .Select((name, i) => new PipelineStage { Id = Guid.NewGuid(), UserId = "u", Status = ApplicationStatus.Interviewing, Name = name, Position = i })
            .ToList();

        Assert.Equal("Final", Stages.FromRoundNote(stages, ApplicationStatus.Interviewing, stages[1].Id, "Final round")?.Name);
        Assert.Equal("Technical", Stages.FromRoundNote(stages, ApplicationStatus.Interviewing, null, "Technical interview")?.Name);
        Assert.Null(Stages.FromRoundNote(stages, ApplicationStatus.Interviewing, stages[2].Id, "Phone screen"));
        Assert.Null(Stages.FromRoundNote(stages, ApplicationStatus.Applied, null, "Final round"));
        Assert.Same(stages[2], Stages.Find(stages, "INTERVIEWING/onsite"));
        Assert.Null(Stages.Find(stages, "offer/Onsite"));
    }

    [Fact]
    public void The_language_of_an_email_is_detected_in_memory()
    {
        Assert.Equal("de", MailLanguage.Detect("Einladung zum Vorstellungsgespräch", "Vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem Gespräch einladen."));
        Assert.Equal("en", MailLanguage.Detect("Interview invitation", "Thank you for your application. We would like to invite you to an interview."));
        Assert.Equal("fr", MailLanguage.Detect("Votre candidature", "Merci pour votre candidature. Nous souhaitons vous rencontrer pour un entretien."));
    }
}
