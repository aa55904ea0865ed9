using AggregatedPayments.Channels;
using AggregatedPayments.Encryption;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A payee as a caller gives it, account number in clear: it lives only until <see cref="PayeeAccountFactory"/>
/// has encrypted it. <see cref="ToString"/> masks the number, so a log line or exception never carries it.
/// </summary>
public sealed record PayeeDetails(
    string AccountNumber,
    string AccountName,
    PayeeAccountType AccountType,
    string? BankCode = null,
    string? BankName = null,
    string? BranchName = null)
{
    public override string ToString() =>
        $"{AccountType} {SensitiveValueMasker.MaskAccountNumber(AccountNumber)} {AccountName}";
}
