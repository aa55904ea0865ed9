namespace AggregatedPayments.Notifications;

public sealed record PayoutNotificationPayee(string MaskedAccountNumber);
