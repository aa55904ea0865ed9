namespace AggregatedPayments.Simulation;

/// <summary>One row of the simulator's payout log (<c>GET /_sim/payouts</c>): money that left the payer account under a key.</summary>
public sealed record SimulatorPayout(string Channel, string Key, string Amount, string OrderId, DateTimeOffset PaidAt)
{
    /// <summary>The amount in fen; the log writes yuan with two decimals.</summary>
    public long AmountMinor => (long)(decimal.Parse(Amount, System.Globalization.CultureInfo.InvariantCulture) * 100);
}
