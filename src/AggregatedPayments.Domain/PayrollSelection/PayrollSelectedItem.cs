using AggregatedPayments.Channels;

namespace AggregatedPayments.Payroll;

/// <summary>A chosen item as planning needs it: who it pays (by blind index, never the number) and how much; nothing secret.</summary>
public sealed record PayrollSelectedItem(
    Guid Id,
    string MerchantReference,
    string AccountNumberIndex,
    string AccountNumberMasked,
    string PayeeName,
    PayeeAccountType AccountType,
    string? BankCode,
    string Currency,
    long AmountMinor)
{
    /// <summary>Items with equal keys may share an order: same account (blind index), name, account type, bank and currency.</summary>
    public (string Index, string Name, PayeeAccountType Type, string? Bank, string Currency) PayeeKey =>
        (AccountNumberIndex, PayeeName, AccountType, BankCode, Currency);
}
