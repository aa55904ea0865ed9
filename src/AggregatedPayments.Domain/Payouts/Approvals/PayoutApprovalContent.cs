using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AggregatedPayments.Payouts;

/// <summary>
/// What an approval binds to: a SHA-256 over the order's currency, amount, the payee's blind index and
/// every line's content hash in line order. A line's hash already covers its reference, amount, purpose,
/// remark and the payee's clear fields; the blind index covers the account number, which no hash of ours
/// may contain. Any correction changes this hash.
/// </summary>
public static class PayoutApprovalContent
{
    public static string Hash(PayoutOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);

        // A JSON array keeps the fields' boundaries unambiguous.
        var canonical = JsonSerializer.Serialize(new[]
        {
            order.Currency, order.AmountMinor.ToString(CultureInfo.InvariantCulture), order.Payee.AccountNumberIndex
        }.Concat(order.Lines.OrderBy(l => l.LineNumber).Select(l => l.ContentHash)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
