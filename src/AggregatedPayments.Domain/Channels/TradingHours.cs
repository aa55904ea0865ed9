using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Channels;

/// <summary>
/// When a merchant may pay through a channel, in the merchant's own time zone. An end before the
/// start spans midnight (22:00–06:00).
/// </summary>
public sealed record TradingHours
{
    public TradingHours(TimeOnly start, TimeOnly end)
    {
        if (start == end)
        {
            throw new BusinessException(ChannelsErrorCodes.InvalidTradingHours);
        }

        Start = start;
        End = end;
    }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public bool Contains(TimeOnly localTime) =>
        Start < End ? localTime >= Start && localTime < End : localTime >= Start || localTime < End;
}
