using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Features.FollowUps;

/// <summary>What a follow-up is for. Serialised in URLs and JSON as kebab-case: <c>thank-you</c>, <c>check-in-after-applying</c>, …</summary>
public enum FollowUpKind
{
    ThankYou,
    CheckInAfterApplying,
    CheckInAfterInterview,
    OfferReply,
}

/// <summary>The delays a person can change (Settings → Follow-ups); defaults from the <c>FollowUps</c> section.</summary>
public sealed record FollowUpDelays(int CheckInAfterApplyingDays, int CheckInAfterInterviewDays, int NoResponseDays)
{
    public const int MinDays = 1;
    public const int MaxDays = 365;
}

/// <summary>
/// One application as the rules see it: where it stands and when things happened (metadata only).
/// <paramref name="LastHeardAt"/>: the newest email from the employer; <paramref name="InterviewAt"/>: the slot the newest
/// interview email names; <paramref name="OfferAt"/>/<paramref name="ReplyBy"/>: the newest offer email and the date it asks
/// for an answer by (<paramref name="OfferMentionsDeadline"/> when it asks without a date we could read);
/// <paramref name="InterviewRecordedAt"/>: when a person moved the application to Interviewing themselves (the board, the
/// detail page, the API), if that is how it got its current status — a person recording that an interview happened.
/// </summary>
public sealed record ApplicationTimeline(
    Guid ApplicationId,
    ApplicationStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset StatusSetAt,
    DateTimeOffset? LastHeardAt = null,
    DateTimeOffset? InterviewAt = null,
    DateTimeOffset? OfferAt = null,
    bool OfferMentionsDeadline = false,
    DateTimeOffset? ReplyBy = null,
    DateTimeOffset? InterviewRecordedAt = null)
{
    /// <summary>The last thing that happened: the application itself, a status change, or an email from the employer.</summary>
    public DateTimeOffset LastEventAt => Max(Max(CreatedAt, StatusSetAt), LastHeardAt ?? CreatedAt);

    internal static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

/// <summary>
/// A follow-up that is due: <paramref name="Anchor"/> is the moment it is about (the silence it breaks, the interview, the
/// offer), so "done" and "snooze" stick to this occasion and a new email starts a new one. <paramref name="Before"/>: when it
/// stops making sense (a thank-you after 24 h, an offer's reply-by date).
/// </summary>
public sealed record DueFollowUp(Guid ApplicationId, FollowUpKind Kind, DateTimeOffset Anchor, DateTimeOffset DueAt, DateTimeOffset? Before, string Why);

/// <summary>What a person did with a follow-up of one occasion: done, or snoozed until a time.</summary>
public sealed record FollowUpMarkState(Guid ApplicationId, FollowUpKind Kind, DateTimeOffset Anchor, bool Done, DateTimeOffset? SnoozedUntil);

/// <summary>
/// The follow-up timing rules, in one place (pure: the caller loads the timeline and passes the clock).
/// <list type="bullet">
/// <item><b>Thank-you</b>: from the interview slot the invitation named until 24 h after it (Interviewing only). Without a
/// slot that has passed, from the moment a person moved the card to Interviewing themselves (they record an interview that
/// took place) until 24 h after — unless an invitation names a slot still ahead (then the move was for that invitation). Of
/// a passed slot and a later move, the later one is the occasion.</item>
/// <item><b>Check-in after applying</b>: N business days (default 7) of silence since the last event, while Applied; once the
/// silence reaches the no-response limit the card says <b>No response</b> instead of nagging.</item>
/// <item><b>Check-in after an interview</b>: N business days (default 5) of silence since the interview or the last email,
/// whichever is later, while Interviewing; not before an interview that is still ahead.</item>
/// <item><b>Offer reply</b>: an offer email that asks for an answer by a date, while the status is Offer, until that date has passed.</item>
/// <item><b>No response</b> (ghosted): Applied, and nothing from the employer for N days (default 30) since the last event.</item>
/// <item>Applications that moved on (another status, Rejected, Withdrawn, Saved) get none; a done occasion stays done, a snoozed one
/// comes back when the snooze ends.</item>
/// </list>
/// Business days are Monday to Friday (UTC), without public holidays.
/// </summary>
public static class FollowUpRules
{
    public static readonly TimeSpan ThankYouWindow = TimeSpan.FromHours(24);

    public static IReadOnlyList<DueFollowUp> Due(ApplicationTimeline timeline, FollowUpDelays delays, DateTimeOffset now, IEnumerable<FollowUpMarkState>? marks = null)
    {
        var states = marks?.Where(m => m.ApplicationId == timeline.ApplicationId).ToList() ?? [];
        return Candidates(timeline, delays, now)
            .Where(f => f.DueAt <= now && (f.Before is not { } before || now <= before))
            .Where(f => !states.Any(m => m.Kind == f.Kind && m.Anchor == f.Anchor && (m.Done || m.SnoozedUntil > now)))
            .ToList();
    }

    /// <summary>The follow-up of one kind for this occasion, due or not yet (null when the rule does not apply at all).</summary>
    public static DueFollowUp? Next(ApplicationTimeline timeline, FollowUpKind kind, FollowUpDelays delays, DateTimeOffset now) =>
        Candidates(timeline, delays, now).FirstOrDefault(f => f.Kind == kind);

    public static bool IsNoResponse(ApplicationTimeline timeline, FollowUpDelays delays, DateTimeOffset now) =>
        timeline.Status == ApplicationStatus.Applied && now - timeline.LastEventAt >= TimeSpan.FromDays(delays.NoResponseDays);

    /// <summary>The interview a thank-you is for: a named slot that has passed, or a person's own move to Interviewing (see the rules above).</summary>
    private static DateTimeOffset? ThankYouOccasion(ApplicationTimeline t, DateTimeOffset now)
    {
        DateTimeOffset? slot = t.InterviewAt is { } at && at <= now ? at : null;
        DateTimeOffset? recorded = t.InterviewRecordedAt is { } moved && moved <= now && !(t.InterviewAt > now) ? moved : null;
        return (slot, recorded) switch
        {
            ({ } a, { } b) => ApplicationTimeline.Max(a, b),
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
    }

    private static IEnumerable<DueFollowUp> Candidates(ApplicationTimeline t, FollowUpDelays delays, DateTimeOffset now)
    {
        switch (t.Status)
        {
            case ApplicationStatus.Applied when !IsNoResponse(t, delays, now):
                yield return new(t.ApplicationId, FollowUpKind.CheckInAfterApplying, t.LastEventAt,
                    BusinessDays.Add(t.LastEventAt, delays.CheckInAfterApplyingDays), null,
                    $"No reply for {delays.CheckInAfterApplyingDays} business days since you applied.");
                break;

            case ApplicationStatus.Interviewing:
                if (ThankYouOccasion(t, now) is { } interview)
                {
                    yield return new(t.ApplicationId, FollowUpKind.ThankYou, interview, interview, interview + ThankYouWindow,
                        interview == t.InterviewAt
                            ? "Your interview was today: a thank-you within 24 hours."
                            : "You marked this application as interviewing: a thank-you within 24 hours of the interview.");
                }
                // Silence is counted from the later of the interview and the last email; an interview still ahead is no silence.
                if (t.InterviewAt is not { } upcoming || upcoming <= now)
                {
                    var anchor = t.InterviewAt is { } at ? ApplicationTimeline.Max(at, t.LastEventAt) : t.LastEventAt;
                    yield return new(t.ApplicationId, FollowUpKind.CheckInAfterInterview, anchor,
                        BusinessDays.Add(anchor, delays.CheckInAfterInterviewDays), null,
                        $"No news for {delays.CheckInAfterInterviewDays} business days since your last interview contact.");
                }
                break;

            case ApplicationStatus.Offer when t.OfferAt is { } offerAt && (t.OfferMentionsDeadline || t.ReplyBy is not null):
                // The reply-by date counts to its end: "by Friday" means Friday is still in time.
                DateTimeOffset? before = t.ReplyBy is { } by ? new DateTimeOffset(by.UtcDateTime.Date.AddDays(1).AddTicks(-1), TimeSpan.Zero) : null;
                yield return new(t.ApplicationId, FollowUpKind.OfferReply, offerAt, offerAt, before,
                    t.ReplyBy is null ? "The offer asks for an answer by a deadline." : "The offer asks for an answer by a date.");
                break;
        }
    }
}

/// <summary>Monday to Friday arithmetic (UTC; no public holidays).</summary>
public static class BusinessDays
{
    /// <summary>The moment <paramref name="days"/> business days after <paramref name="from"/>, at the same time of day.</summary>
    public static DateTimeOffset Add(DateTimeOffset from, int days)
    {
        var at = from.ToUniversalTime();
        var added = 0;
        while (added < days)
        {
            at = at.AddDays(1);
            if (at.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                added++;
            }
        }
        return at;
    }

    /// <summary>Whole business days from <paramref name="from"/> to <paramref name="to"/> (0 when not after).</summary>
    public static int Between(DateTimeOffset from, DateTimeOffset to)
    {
        var days = 0;
        while (Add(from, days + 1) <= to)
        {
            days++;
        }
        return days;
    }
}

public static class FollowUpKindNames
{
    public static readonly IReadOnlyList<FollowUpKind> All = Enum.GetValues<FollowUpKind>();

    public static string ToApiName(this FollowUpKind kind) => kind switch
    {
        FollowUpKind.ThankYou => "thank-you",
        FollowUpKind.CheckInAfterApplying => "check-in-after-applying",
        FollowUpKind.CheckInAfterInterview => "check-in-after-interview",
        FollowUpKind.OfferReply => "offer-reply",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToDisplayName(this FollowUpKind kind) => kind switch
    {
        FollowUpKind.ThankYou => "Send a thank-you",
        FollowUpKind.CheckInAfterApplying => "Check in on your application",
        FollowUpKind.CheckInAfterInterview => "Check in after your interview",
        FollowUpKind.OfferReply => "Answer the offer",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? value, out FollowUpKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToApiName(), value, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
