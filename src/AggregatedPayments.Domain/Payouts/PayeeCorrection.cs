using AggregatedPayments.Channels;

namespace AggregatedPayments.Payouts;

/// <summary>The payee fields a clerk corrects; null keeps the stored value. <see cref="ToString"/> never shows the number.</summary>
public sealed record PayeeCorrection(
    string? AccountNumber = null,
    string? AccountName = null,
    PayeeAccountType? AccountType = null,
    string? BankCode = null,
    string? BankName = null,
    string? BranchName = null)
{
    public override string ToString() => $"{AccountType} {(AccountNumber is null ? "(number kept)" : "(number changed)")} {AccountName}";
}
