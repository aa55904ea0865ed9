using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Channels;

internal static class ChannelLimits
{
    public static void Validate(long? singleLimitMinor, long? dailyLimitMinor)
    {
        if (singleLimitMinor <= 0 || dailyLimitMinor <= 0 || (singleLimitMinor is { } single && dailyLimitMinor is { } daily && single > daily))
        {
            throw new BusinessException(ChannelsErrorCodes.InvalidLimits);
        }
    }
}
