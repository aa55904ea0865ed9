namespace AggregatedPayments.Channels;

/// <summary>
/// A provider's own words for a refusal, kept raw: the error dictionary, not the adapter, decides
/// whether it is final and never-accepted (Rejected) or must be resolved by a query (Unknown).
/// </summary>
public sealed record ProviderError(string Code, string? SubCode, string? Message);
