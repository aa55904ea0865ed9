namespace AggregatedPayments.Payouts;

/// <param name="Created">False when the same request had already created this order (a repeat, answered 200 rather than 201).</param>
public sealed record PayoutCreationDto(PayoutOrderDto Order, bool Created);
