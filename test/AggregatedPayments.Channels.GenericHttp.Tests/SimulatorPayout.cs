namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>One row of the simulator's <c>GET /_sim/payouts</c>: money that really left a payer account.</summary>
public sealed record SimulatorPayout(string Channel, string Key, string Amount, string OrderId);
