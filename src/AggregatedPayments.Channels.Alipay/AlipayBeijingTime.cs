using System.Globalization;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The open platform's wall-clock fields (request <c>timestamp</c>, <c>pay_date</c>,
/// <c>trans_date</c>) are <c>yyyy-MM-dd HH:mm:ss</c> in Beijing time. China has kept UTC+8
/// without daylight saving since 1991, so a fixed offset is exact and does not depend on the
/// machine's zone or its time-zone database.
/// </summary>
public static class AlipayBeijingTime
{
    public const string Pattern = "yyyy-MM-dd HH:mm:ss";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Parses an Alipay wall-clock value into the instant it names (exact pattern only).</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is null
            || !DateTime.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Offset);
        return true;
    }
}
