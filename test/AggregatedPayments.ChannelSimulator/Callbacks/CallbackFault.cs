namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>What the callback knobs decided for one callback.</summary>
public enum CallbackFault
{
    None,
    Duplicate,
    Late,
    OutOfOrder,
}
