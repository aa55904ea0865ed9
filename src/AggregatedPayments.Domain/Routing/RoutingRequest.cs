using AggregatedPayments.Channels;

namespace AggregatedPayments.Routing;

/// <param name="LocalTime">The merchant's wall-clock time, for trading hours.</param>
/// <param name="FailedOn">Merchant channels where this payout already failed definitively: failover goes elsewhere.</param>
public sealed record RoutingRequest(
    long AmountMinor,
    string Currency,
    ChannelFunctions Function,
    TimeOnly LocalTime,
    IReadOnlySet<Guid> FailedOn);
