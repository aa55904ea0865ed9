namespace AggregatedPayments.Payouts;

/// <summary>A merchant's calendar day as a UTC range: its daily thresholds and figures follow its own time zone.</summary>
public static class MerchantDay
{
    /// <summary>The day <paramref name="utcNow"/> falls on in <paramref name="zone"/>, from its first to the next day's first instant.</summary>
    public static (DateTime StartUtc, DateTime EndUtc) Containing(DateTime utcNow, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var localDate = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), zone).Date;
        return (StartUtc(localDate, zone), StartUtc(localDate.AddDays(1), zone));
    }

    // Midnight does not exist on a day that springs forward at midnight: the day then starts at the first valid minute.
    private static DateTime StartUtc(DateTime localDate, TimeZoneInfo zone)
    {
        var start = DateTime.SpecifyKind(localDate, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(start))
        {
            start = start.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(start, zone);
    }
}
