namespace AggregatedPayments.Payroll;

/// <summary>A pending payout as a clerk sees it; the account number only masked.</summary>
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
