namespace AggregatedPayments.Channels;

/// <summary>
/// The outcome of verifying a callback. An unverified one carries no event (its key, if readable, is
/// only a clue for a query) and is answered so that the provider retries.
/// </summary>
public sealed record NotificationResult(bool IsVerified, NotificationEvent? Event, string? UnverifiedKey, NotificationAcknowledgement Acknowledgement);
