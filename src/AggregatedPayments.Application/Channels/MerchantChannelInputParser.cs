using System.Globalization;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Channels;

/// <summary>Reads the trading hours the API received; anything unreadable is a validation error, not a 500.</summary>
internal static class MerchantChannelInputParser
{
    public static TradingHours? Hours(string? start, string? end) => (start, end) switch
    {
        (null, null) => null,
        ({ } s, { } e) => new TradingHours(Time(s), Time(e)),
        _ => throw new BusinessException(ChannelsErrorCodes.InvalidTradingHours)
    };

    public static string? Format(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static TimeOnly Time(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
