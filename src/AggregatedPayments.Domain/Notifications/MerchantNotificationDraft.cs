namespace AggregatedPayments.Notifications;

/// <summary>An event to put in the outbox: its id and body are final here (the body names the id).</summary>
public sealed record MerchantNotificationDraft(Guid EventId, Guid TenantId, Guid OrderId, string EventType, int Version, string Body);
