namespace AggregatedPayments.ChannelSimulator.Faults;

/// <summary>What the knobs decided for one request.</summary>
public sealed record FaultDecision(FaultKind Kind, int LatencyMs, int TimeoutHangMs)
{
    public static readonly FaultDecision None = new(FaultKind.None, 0, 0);
}
