using AggregatedPayments.Hosting;

namespace AggregatedPayments.Payouts;

/// <summary>A merchant a payout test created, with its open and funded sandbox merchant channel.</summary>
public sealed record PayoutMerchant(TestMerchant Merchant, Guid MerchantChannelId)
{
    public HttpClient Admin => Merchant.Admin;

    public PayoutClientProxy Payouts => new(Merchant.Admin);
}
