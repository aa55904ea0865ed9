namespace AggregatedPayments.Channels;

/// <summary>
/// Moves the merchant's balance to its own registered card. Submitted, stored, retried and queried
/// like a payout; only the preparation differs.
/// </summary>
public interface IChannelWithdrawal
{
    StoredRequest PrepareWithdrawal(PayoutInstruction instruction, ChannelContext context);
}
