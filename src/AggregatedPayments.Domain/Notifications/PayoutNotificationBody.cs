namespace AggregatedPayments.Notifications;

/// <summary>The JSON a merchant's endpoint receives about a payout (docs/merchant-notifications.md).</summary>
/// <param name="Id">The event id, also sent as the X-AP-Event-Id header: the same on every try and re-send.</param>
/// <param name="Version">The order's version at the event; a later event of the same order carries a higher one.</param>
/// <param name="CreatedAt">UTC, when the state change happened.</param>
public sealed record PayoutNotificationBody(Guid Id, string Type, int Version, DateTime CreatedAt, PayoutNotificationOrder Order);
