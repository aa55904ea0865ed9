using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

/// <summary>A registered card or a request for one; the number only masked.</summary>
public sealed record WithdrawalCardDto(
    Guid Id,
    Guid MerchantChannelId,
    WithdrawalCardStatus Status,
    PayeeDto Card,
    string RequestedBy,
    Guid RequestedByUserId,
    DateTime CreationTime,
    string? DecidedBy,
    string? DecisionReason,
    DateTime? DecisionTime,
    DateTime? SupersededTime);
