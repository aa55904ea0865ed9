namespace AggregatedPayments.Channels;

/// <summary>
/// A stored request was not resent because the provider's idempotency window has passed: it may have
/// forgotten the key, and a resend could pay a second time. Nothing was sent; the attempt needs a person.
/// </summary>
public sealed class ResendWindowPassedException(string key, DateTime firstSentAtUtc, TimeSpan window)
    : Exception($"The request under key {key}, first sent at {firstSentAtUtc:O}, is past the provider's idempotency window of {window}; it was not resent.")
{
    public string Key { get; } = key;
}
