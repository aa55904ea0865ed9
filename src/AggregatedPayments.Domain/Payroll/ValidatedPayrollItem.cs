using AggregatedPayments.Channels;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Payroll;

/// <summary>
/// An input after its checks: normalised fields, the account number encrypted, the content hash, and the
/// reasons it is invalid (none when valid). Without a usable reference it can only be reported, not stored.
/// </summary>
public sealed record ValidatedPayrollItem(
    long Line,
    string? RawReference,
    string MerchantReference,
    string PayeeName,
    PayeeAccountType AccountType,
    EncryptedAccountNumber Account,
    string? BankCode,
    long AmountMinor,
    string Currency,
    string? Purpose,
    string? Remark,
    string ContentHash,
    IReadOnlyList<string> Errors)
{
    /// <summary>A valid reference: the item can be stored (valid, or invalid with its reasons).</summary>
    public bool HasReference => MerchantReference.Length > 0;

    public bool IsValid => Errors.Count == 0;
}
