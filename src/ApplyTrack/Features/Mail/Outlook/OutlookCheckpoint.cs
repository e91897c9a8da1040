using System.Text.Json;
using System.Text.Json.Serialization;
using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>
/// Outlook's <see cref="FolderCursor.Checkpoint"/>, stored as a small JSON object: the nextLink of the delta round in progress
/// (resume mid-round), the deltaLink of the next incremental round, what the round has returned so far, and the backfill of a
/// folder whose first round hit Graph's cap (messages received up to <see cref="BackfillBefore"/> are still to be listed, from
/// <see cref="BackfillNextLink"/> when a listing is under way).
/// </summary>
public sealed record OutlookCheckpoint(
    [property: JsonPropertyName("nextLink")] string? NextLink,
    [property: JsonPropertyName("deltaLink")] string? DeltaLink,
    [property: JsonPropertyName("backfillNextLink")] string? BackfillNextLink = null)
{
    public static readonly OutlookCheckpoint Empty = new(null, null);

    /// <summary>Messages the current delta round returned (rounds are newest first).</summary>
    [JsonPropertyName("roundMessages")]
    public int RoundMessages { get; init; }

    /// <summary>The oldest message the current delta round returned.</summary>
    [JsonPropertyName("roundOldestReceivedAt")]
    public DateTimeOffset? RoundOldestReceivedAt { get; init; }

    /// <summary>
    /// Set when a first round stopped short of the history window (Graph returns at most 5,000 messages per filtered delta
    /// round): messages received up to this date are still to be read by a plain paged listing.
    /// </summary>
    [JsonPropertyName("backfillBefore")]
    public DateTimeOffset? BackfillBefore { get; init; }

    /// <summary>When the folder last held more messages in the history window than one delta round returns.</summary>
    [JsonPropertyName("deltaCapExceededAt")]
    public DateTimeOffset? DeltaCapExceededAt { get; init; }

    /// <summary>A fresh delta round counts from nothing.</summary>
    public OutlookCheckpoint StartRound() => this with { RoundMessages = 0, RoundOldestReceivedAt = null };

    /// <summary>The round returned these messages.</summary>
    public OutlookCheckpoint Counted(IReadOnlyCollection<IncomingMail> batch) => batch.Count == 0 ? this : this with
    {
        RoundMessages = RoundMessages + batch.Count,
        RoundOldestReceivedAt = batch.Min(m => m.ReceivedAt) is var oldest && (RoundOldestReceivedAt is null || oldest < RoundOldestReceivedAt)
            ? oldest : RoundOldestReceivedAt,
    };

    public static OutlookCheckpoint Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return Empty;
        }
        try
        {
            return JsonSerializer.Deserialize<OutlookCheckpoint>(stored, Json) ?? Empty;
        }
        catch (JsonException)
        {
            // Unreadable: a fresh round, which stores nothing twice (processed message ids are recognised).
            return Empty;
        }
    }

    public string? Serialize() => this == Empty ? null : JsonSerializer.Serialize(this, Json);

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };
}
