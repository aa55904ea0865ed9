namespace AggregatedPayments.ChannelSimulator.Faults;

public enum FaultKind
{
    None,
    Timeout,
    Error,
    LostAnswer,
    SuccessAfterTimeout,
}
