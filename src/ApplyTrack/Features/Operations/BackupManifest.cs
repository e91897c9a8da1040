using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApplyTrack.Features.Operations;

/// <summary>
/// <c>manifest.json</c> beside <c>applytrack.db</c> in a backup archive. No key, no user data: schema version
/// (the last applied EF Core migration), when, row counts, and a keyed check value that tells restore whether
/// the key at hand is the one the data was encrypted under.
/// </summary>
public sealed record BackupManifest(
    int Format,
    string SchemaVersion,
    DateTimeOffset CreatedAt,
    string ApplicationVersion,
    IReadOnlyDictionary<string, long> RowCounts,
    string? KeyCheck)
{
    public const int CurrentFormat = 1;
    public const string EntryName = "manifest.json";
    public const string DatabaseEntryName = "applytrack.db";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BackupManifest? FromJson(string json) => JsonSerializer.Deserialize<BackupManifest>(json, Json);
}
