namespace AggregatedPayments.Payouts;

/// <param name="Created">False when the same request (same references, same content) had already created <paramref name="OrderId"/>.</param>
public sealed record PayoutCreation(Guid OrderId, bool Created);
