using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ApplyTrack.Features.Data;

/// <summary>
/// How SQLite keeps a <see cref="DateTimeOffset"/>: the instant's UTC ticks (100 ns since 0001-01-01 UTC) as an INTEGER.
/// </summary>
/// <remarks>
/// Chosen over ISO-8601 text because it keeps the INTEGER columns we already had (the migration is one UPDATE per column,
/// no table rebuilds, indexes stay), keeps every tick (SQLite's own date functions stop at milliseconds), and orders,
/// compares and groups with integer arithmetic: the UTC day is <c>ticks / 864000000000</c>, which is exactly
/// <see cref="DateOnly.DayNumber"/>, and <c>date((ticks - 621355968000000000) / 10000000, 'unixepoch')</c> still works.
/// EF's <see cref="DateTimeOffsetToBinaryConverter"/>, used before, packed local ticks / 1000 with the offset in the low
/// 11 bits, which orders but cannot be split into days in SQL. Every date the product writes is UTC already;
/// a value with another offset is stored as the same instant and read back as UTC.
/// </remarks>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero))
{
    public static readonly UtcTicksConverter Instance = new();

    /// <summary>A date as a raw SQL parameter for this provider: UTC ticks on SQLite, the value itself (timestamptz) on PostgreSQL.</summary>
    public static object Parameter(DatabaseFacade database, DateTimeOffset value) =>
        database.IsSqlite() ? value.UtcTicks : value.ToUniversalTime();
}
