using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>The drift currently applied to generic statements; cleared by a reset.</summary>
public sealed class GenericStatementDrift : ISimulatorState
{
    private GenericDriftSettings current = new();

    public GenericDriftSettings Current => Volatile.Read(ref current);

    public void Set(GenericDriftSettings settings) => Volatile.Write(ref current, settings);

    public void Reset() => Set(new GenericDriftSettings());
}
