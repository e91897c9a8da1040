using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Features.Insights;

/// <summary>
/// How a user's search is going, as computed by <see cref="InsightsQueries"/>. Rates are fractions in [0, 1]; days are
/// fractional days. The Premium parts are null on the Free plan (<see cref="Complete"/> false), and
/// <see cref="PremiumAdds"/> says what they would show.
/// </summary>
public sealed record InsightsReport(
    bool Complete,
    DateTimeOffset GeneratedAt,
    Funnel Funnel,
    IReadOnlyList<WeekOutcome> Weeks,
    ResponseFigures Responses,
    Ghosting Ghosted,
    IReadOnlyList<ResponseFigures>? BySource,
    IReadOnlyList<ResponseFigures>? ByMailbox,
    IReadOnlyList<ResponseFigures>? ByAtsVendor,
    string CompanySize,
    IReadOnlyList<StageTime>? TimeInStage,
    IReadOnlyList<RejectionPoint>? Rejections,
    IReadOnlyList<string> PremiumAdds);

/// <summary>
/// Applications that got past Saved, how many of them ever reached Interviewing (or went straight to an offer), and how
/// many reached Offer; each rate is of the step before.
/// </summary>
public sealed record Funnel(int Applied, int Interviewing, int Offer, double? InterviewRate, double? OfferRate);

/// <summary>One week (Monday, UTC): applications sent, first responses received, rejections received.</summary>
public sealed record WeekOutcome(DateOnly WeekStart, int Applications, int Responses, int Rejections);

/// <summary>
/// Of the applications that started at Applied (the person applied and waited), how many got a first response (an
/// interview, an offer or a rejection), and the median days from applying to it.
/// </summary>
public sealed record ResponseFigures(string Group, int Applications, int Responded, double? ResponseRate, double? MedianDaysToFirstResponse);

/// <summary>Applications still at Applied with no email from the employer for <see cref="NoResponseDays"/> days, of all applied.</summary>
public sealed record Ghosting(int Count, int Of, double? Share, int NoResponseDays);

/// <summary>
/// How long applications stayed in one status before moving on (median of the completed stays), and how many are in it now.
/// </summary>
public sealed record StageTime(ApplicationStatus Status, int Completed, double? MedianDays, int Current);

/// <summary>
/// Where rejections came: <c>applied</c> (before any interview), <c>interview</c> with the round (1, 2, or 3 for "3 or
/// more"), or <c>offer</c> (an offer withdrawn).
/// </summary>
public sealed record RejectionPoint(string Stage, int? Round, int Count)
{
    public string Label => (Stage, Round) switch
    {
        ("applied", _) => "After applying",
        ("offer", _) => "After an offer",
        (_, >= 3) => "After round 3 or later",
        (_, var round) => $"After interview round {round}",
    };
}
