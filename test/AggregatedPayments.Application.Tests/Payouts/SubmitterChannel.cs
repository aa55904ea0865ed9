namespace AggregatedPayments.Payouts;

/// <summary>The merchant channel <see cref="RecordingPayoutSubmitter"/> routes to when the caller names none.</summary>
public sealed record SubmitterChannel(Guid Id);
