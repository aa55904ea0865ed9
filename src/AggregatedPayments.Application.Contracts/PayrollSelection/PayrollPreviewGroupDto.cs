namespace AggregatedPayments.Payroll;

/// <summary>
/// One order a submission would make: the payee (account masked), what it carries, and the merchant channel it would
/// go through — or, with none, <see cref="RefusalCode"/> says why no channel would take it now.
/// </summary>
public sealed record PayrollPreviewGroupDto(
    int Number,
    string PayeeName,
    string AccountNumberMasked,
    string AccountType,
    string? BankCode,
    string Currency,
    int ItemCount,
    long AmountMinor,
    IReadOnlyList<string> References,
    Guid? MerchantChannelId,
    string? RefusalCode);
