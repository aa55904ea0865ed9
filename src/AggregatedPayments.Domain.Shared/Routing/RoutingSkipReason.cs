namespace AggregatedPayments.Routing;

/// <summary>Why routing passed over one of the merchant's channels: shown to the clerk, so "no channel" is never a riddle.</summary>
public enum RoutingSkipReason
{
    Closed,
    FunctionNotOpen,
    CurrencyNotSupported,
    AboveSingleLimit,
    DailyLimitReached,
    OutsideTradingHours,
    FailedBefore
}
