namespace AggregatedPayments.Ledger;

/// <summary>One currency of a balance sync.</summary>
/// <param name="ProviderAvailableMinor">What the provider reported; null when it could not say (<paramref name="Reason"/>), and nothing was posted.</param>
/// <param name="AvailableMinor">What Available was set to: the provider's figure less attempts that may not have reached it yet.</param>
/// <param name="Outcome">Posted, NothingToPost (already in line), …; null when nothing could be posted.</param>
public sealed record LedgerSyncResultDto(string Currency, long? ProviderAvailableMinor, long? AvailableMinor, string? Outcome, string? Reason);
