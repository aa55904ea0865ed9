using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.Payouts;

/// <summary>
/// Every payout made, in order, so a test can assert "at most one payout per key" whatever faults
/// were injected in between.
/// </summary>
public sealed class PayoutLog : ISimulatorState
{
    private readonly Lock gate = new();
    private readonly List<PayoutRecord> records = [];

    public void Add(PayoutRecord record)
    {
        lock (gate)
        {
            records.Add(record);
        }
    }

    public IReadOnlyList<PayoutRecord> Snapshot()
    {
        lock (gate)
        {
            return records.ToList();
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            records.Clear();
        }
    }
}
