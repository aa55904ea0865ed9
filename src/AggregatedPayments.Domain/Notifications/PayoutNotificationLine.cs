namespace AggregatedPayments.Notifications;

/// <param name="MerchantReference">The merchant's own reference of the line, as it gave it.</param>
public sealed record PayoutNotificationLine(string MerchantReference, long AmountMinor);
