namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>What one provider status value means: a payout state, "no such payout", or nothing we know.</summary>
public readonly record struct GenericHttpStatus(ChannelPayoutState? State, bool IsNotFound)
{
    public static readonly GenericHttpStatus Unmapped = new(null, false);

    public static readonly GenericHttpStatus NotFound = new(null, true);
}
