namespace AggregatedPayments.Payouts;

internal sealed class SimulatedCrashException(string faultPoint) : Exception($"Simulated crash at {faultPoint}.")
{
    public string FaultPoint { get; } = faultPoint;
}
