namespace AggregatedPayments.ChannelSimulator.Admin;

/// <summary>A singleton holding simulated provider state; <c>POST /_sim/reset</c> resets every one.</summary>
public interface ISimulatorState
{
    void Reset();
}
