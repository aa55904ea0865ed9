using System.Globalization;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Channels;

/// <summary>Reads the names and times the API received; anything unreadable is a validation error, not a 500.</summary>
internal static class MerchantChannelInputParser
{
    public static ChannelFunctions Functions(IEnumerable<string> names) =>
        names.Aggregate(ChannelFunctions.None, (all, name) =>
            Enum.TryParse<ChannelFunctions>(name, ignoreCase: false, out var function) && Enum.IsDefined(function) && function != ChannelFunctions.None
                ? all | function
                : throw new InvalidInputException(nameof(MerchantChannelInput.Functions), $"'{name}' is not a channel function."));

    public static TradingHours? Hours(string? start, string? end) => (start, end) switch
    {
        (null, null) => null,
        ({ } s, { } e) => new TradingHours(Time(s), Time(e)),
        _ => throw new BusinessException(ChannelsErrorCodes.InvalidTradingHours)
    };

    public static IReadOnlyList<string> Names(ChannelFunctions functions) =>
        Enum.GetValues<ChannelFunctions>().Where(f => f != ChannelFunctions.None && functions.HasFlag(f)).Select(f => f.ToString()).ToList();

    public static string? Format(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static TimeOnly Time(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
