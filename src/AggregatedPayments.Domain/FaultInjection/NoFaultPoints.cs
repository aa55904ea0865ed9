namespace AggregatedPayments.FaultInjection;

/// <summary>The production behaviour: fault points are only names.</summary>
public sealed class NoFaultPoints : IFaultPoints
{
    public void Reach(string name)
    {
    }
}
