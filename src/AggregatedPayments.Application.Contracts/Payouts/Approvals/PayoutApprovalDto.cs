namespace AggregatedPayments.Payouts;

/// <summary>An approval with the summary an approver decides on; the payee only masked.</summary>
/// <param name="AmountMinor">The order's amount when approval was asked for.</param>
/// <param name="OrderState">Where the order stands now.</param>
/// <param name="DayTotalMinor">For a daily cause: the merchant's day total before this order.</param>
/// <param name="MerchantChannelId">The merchant channel the maker named; null lets routing choose.</param>
public sealed record PayoutApprovalDto(
    Guid Id,
    Guid OrderId,
    PayoutApprovalStatus Status,
    PayoutApprovalCause Cause,
    long ThresholdMinor,
    long? DayTotalMinor,
    long AmountMinor,
    string Currency,
    PayoutKind Kind,
    PayeeDto Payee,
    int LineCount,
    PayoutState OrderState,
    Guid? MerchantChannelId,
    string RequestedBy,
    Guid? RequestedByUserId,
    DateTime CreationTime,
    string? DecidedBy,
    string? DecisionReason,
    DateTime? DecisionTime,
    string? VoidedBy,
    string? VoidReason,
    DateTime? VoidTime);
