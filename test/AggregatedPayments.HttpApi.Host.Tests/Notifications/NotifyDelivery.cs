namespace AggregatedPayments.Notifications;

/// <summary>One request as the notify endpoint received it, and whether its signature checked out.</summary>
public sealed record NotifyDelivery(string EventId, string Timestamp, string KeyId, string Body, bool Genuine);
