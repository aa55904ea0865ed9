namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// The sandbox keeps its statement days in China Standard Time, like the providers it stands in
/// for. China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and
/// independent of the machine's time-zone database.
/// </summary>
public static class SandboxChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The UTC instants [start, end) that make up <paramref name="day"/> in UTC+8.</summary>
    public static (DateTime StartUtc, DateTime EndUtc) DayBoundsUtc(DateOnly day)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).UtcDateTime;
        return (start, start.AddDays(1));
    }
}
