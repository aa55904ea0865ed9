namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>One row of <c>GET /_sim/payouts</c>, read back as a test sees it.</summary>
public sealed record PayoutEntry(string Channel, string Key, string Amount, string OrderId);
