namespace AggregatedPayments.Channels;

public interface IChannelBalance
{
    Task<BalanceResult> QueryBalanceAsync(string currency, ChannelContext context, CancellationToken cancellationToken);
}
