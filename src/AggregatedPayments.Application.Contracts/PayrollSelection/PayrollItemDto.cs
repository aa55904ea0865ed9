namespace AggregatedPayments.Payroll;

/// <summary>A pending payout as a clerk sees it; the account number only masked.</summary>
/// <param name="AccountType">BankCard, ProviderLogin or ProviderUserId.</param>
/// <param name="OrderId">The payout order that pays it, once submitted (its state is the payment's).</param>
/// <param name="DiscardReason">Why a clerk set it aside, when discarded.</param>
public sealed record PayrollItemDto(
    Guid Id,
    Guid IntakeId,
    PayrollItemSource Source,
    long SourceLine,
    string MerchantReference,
    string PayeeName,
    string AccountType,
    string AccountNumberMasked,
    string? BankCode,
    long AmountMinor,
    string Currency,
    string? Purpose,
    string? Remark,
    bool IsValid,
    IReadOnlyList<PayrollErrorDto> Errors,
    PayrollItemStatus Status,
    Guid? OrderId,
    DateTime? SubmittedTime,
    string? DiscardReason,
    DateTime CreationTime,
    int Version);
