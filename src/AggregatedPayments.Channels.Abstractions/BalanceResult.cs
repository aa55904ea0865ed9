namespace AggregatedPayments.Channels;

public abstract record BalanceResult
{
    private BalanceResult()
    {
    }

    public sealed record Known(ChannelAmount Available, ChannelAmount? Frozen) : BalanceResult;

    public sealed record Unknown(string Reason) : BalanceResult;
}
