using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AggregatedPayments.Payouts;

/// <summary>
/// What makes a repeated line "the same": a SHA-256 over the line's fields and the payee's clear
/// fields. The account number is left out on purpose — a plain hash of a card number can be guessed
/// back — and compared through the order's blind index instead.
/// </summary>
internal static class PayoutLineContent
{
    public static string Hash(MerchantReference reference, Money amount, string? purpose, string? remark, PayeeDetails payee)
    {
        // A JSON array keeps field boundaries unambiguous ("ab","c" differs from "a","bc").
        var canonical = JsonSerializer.Serialize(new[]
        {
            reference.Value, amount.Minor.ToString(System.Globalization.CultureInfo.InvariantCulture), amount.Currency,
            purpose, remark, payee.AccountType.ToString(), payee.AccountName, payee.BankCode, payee.BankName, payee.BranchName
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
