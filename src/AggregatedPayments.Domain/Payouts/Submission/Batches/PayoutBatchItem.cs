namespace AggregatedPayments.Payouts;

/// <summary>One attempt inside a batch, under the attempt's own key; part of the batch from its freezing on, never added or removed later.</summary>
public sealed class PayoutBatchItem
{
    private PayoutBatchItem()
    {
    }

    internal PayoutBatchItem(PayoutAttempt attempt)
    {
        AttemptId = attempt.Id;
        OrderId = attempt.OrderId;
        ItemKey = attempt.ChannelKey;
        AmountMinor = attempt.AmountMinor;
    }

    public Guid AttemptId { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>The attempt's channel key, which the provider reports the item under.</summary>
    public string ItemKey { get; private set; } = null!;

    /// <summary>What the item asked for, in the batch's currency: a found item reporting another amount is not settled by it.</summary>
    public long AmountMinor { get; private set; }
}
