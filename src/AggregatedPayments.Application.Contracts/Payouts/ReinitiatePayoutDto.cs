namespace AggregatedPayments.Payouts;

public sealed class ReinitiatePayoutDto
{
    /// <summary>Another (or the same) merchant channel; none lets routing choose.</summary>
    public Guid? MerchantChannelId { get; set; }
}
