using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>The drift knobs in force; each bill file draws from a fresh <see cref="Random"/> of the seed, so the same ledger gives the same file.</summary>
public sealed class AlipayStatementDrift : ISimulatorState
{
    private AlipayDriftSettings current = AlipayDriftSettings.None;

    public AlipayDriftSettings Current => Volatile.Read(ref current);

    public void Set(AlipayDriftSettings settings) => Volatile.Write(ref current, settings);

    public void Reset() => Set(AlipayDriftSettings.None);
}
