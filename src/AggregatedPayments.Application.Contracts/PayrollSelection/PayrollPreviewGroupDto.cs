namespace AggregatedPayments.Payroll;

/// <summary>
/// One order a submission would make: the payee (account masked), what it carries, and the merchant channel it would
/// go through — or, with none, <see cref="RefusalCode"/> says why no channel would take it now.
/// </summary>
/// <param name="AccountType">BankCard, ProviderLogin or ProviderUserId.</param>
/// <param name="References">The items' merchant references, which become the order's lines, in line order.</param>
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
