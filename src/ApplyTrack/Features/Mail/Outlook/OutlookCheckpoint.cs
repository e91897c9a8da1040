using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>
/// Outlook's <see cref="FolderCursor.Checkpoint"/>: the nextLink of the delta round in progress (resume mid-round), the deltaLink
/// of the next incremental round, and the nextLink of a backfill listing in progress. Stored as a small JSON object.
/// </summary>
public sealed record OutlookCheckpoint(
    [property: JsonPropertyName("nextLink")] string? NextLink,
    [property: JsonPropertyName("deltaLink")] string? DeltaLink,
    [property: JsonPropertyName("backfillNextLink")] string? BackfillNextLink = null)
{
    public static readonly OutlookCheckpoint Empty = new(null, null);

    public static OutlookCheckpoint Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return Empty;
        }
        try
        {
            return JsonSerializer.Deserialize<OutlookCheckpoint>(stored) ?? Empty;
        }
        catch (JsonException)
        {
            // Unreadable: a fresh round, which stores nothing twice (processed message ids are recognised).
            return Empty;
        }
    }

    public string? Serialize() => this == Empty ? null : JsonSerializer.Serialize(this);
}
