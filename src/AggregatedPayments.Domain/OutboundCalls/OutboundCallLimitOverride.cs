namespace AggregatedPayments.OutboundCalls;

/// <summary>One purpose's limits under <c>OutboundCalls:Purposes:&lt;purpose&gt;</c>; what is left out follows the section.</summary>
public sealed class OutboundCallLimitOverride
{
    public long? MaxResponseBytes { get; set; }

    public TimeSpan? Timeout { get; set; }
}
