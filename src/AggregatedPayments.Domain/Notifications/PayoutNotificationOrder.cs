using AggregatedPayments.Payouts;

namespace AggregatedPayments.Notifications;

/// <param name="FailureCode">The platform's code from the error dictionary, or the provider's own when the dictionary has none.</param>
/// <param name="Payee">The payee as far as it may be shown: the account number masked.</param>
public sealed record PayoutNotificationOrder(
    Guid Id,
    PayoutState State,
    long AmountMinor,
    string Currency,
    PayoutKind Kind,
    string? FailureCode,
    string? FailureMessage,
    PayoutNotificationPayee Payee,
    IReadOnlyList<PayoutNotificationLine> Lines);
