namespace AggregatedPayments.Payouts;

/// <summary>An order as a list shows it.</summary>
/// <param name="MerchantReferences">The lines' references, in line order.</param>
/// <param name="MerchantChannelId">The current attempt's merchant channel; null before the first attempt.</param>
/// <param name="AwaitingApproval">Waits for a second user's approval (see the payout approvals); nothing is held or sent meanwhile.</param>
public sealed record PayoutOrderDto(
    Guid Id,
    PayoutKind Kind,
    PayoutState State,
    long AmountMinor,
    string Currency,
    PayeeDto Payee,
    IReadOnlyList<string> MerchantReferences,
    Guid? CurrentAttemptId,
    Guid? MerchantChannelId,
    bool NeedsManualReview,
    string? ManualReviewReason,
    DateTime CreationTime,
    int Version,
    bool AwaitingApproval);
