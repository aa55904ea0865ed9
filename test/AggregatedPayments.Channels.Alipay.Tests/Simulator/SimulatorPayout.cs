namespace AggregatedPayments.Channels.Alipay.Simulator;

/// <summary>One row of the simulator's payout log (<c>GET /_sim/payouts</c>): money that really left the payer account.</summary>
public sealed record SimulatorPayout(string Channel, string Key, string Amount, string OrderId, DateTimeOffset PaidAt);
