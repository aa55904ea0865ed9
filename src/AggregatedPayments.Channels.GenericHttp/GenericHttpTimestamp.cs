using System.Globalization;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>Timestamps travel as Unix seconds (UTC), taken from the platform's clock.</summary>
public static class GenericHttpTimestamp
{
    public static string Now(TimeProvider clock) =>
        clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static bool IsFresh(string? timestamp, TimeProvider clock, TimeSpan window) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && Math.Abs(clock.GetUtcNow().ToUnixTimeSeconds() - seconds) <= (long)window.TotalSeconds;
}
