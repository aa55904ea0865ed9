using AggregatedPayments.Channels;

namespace AggregatedPayments.Payouts;

/// <summary>A merchant channel with its channel and the adapter that speaks for it: what one send or query needs.</summary>
public sealed record PayoutChannel(MerchantChannel MerchantChannel, Channel Channel, IPayoutChannelAdapter Adapter);
