namespace AggregatedPayments.ChannelSimulator.Payouts;

/// <summary>One payout the simulator made: money left the (simulated) payer account.</summary>
public sealed record PayoutRecord(string Channel, string Key, string Amount, string OrderId, DateTimeOffset PaidAt);
