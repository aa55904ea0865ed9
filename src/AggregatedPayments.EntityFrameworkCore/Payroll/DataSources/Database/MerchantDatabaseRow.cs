using System.Globalization;
using System.Text;
using MySqlConnector;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// One row of the view as an intake input. Text columns may be of any type the view gives (a card number
/// kept as DECIMAL, a bank code as INT); amount_minor must be a whole number of minor units. An amount that is
/// not — a fraction, a float, a text — is never guessed at: the item goes to the validator with an amount
/// text that cannot be read, and is reported invalid on its line like any other mistake.
/// </summary>
internal static class MerchantDatabaseRow
{
    public static PayrollItemInput ToInput(MySqlDataReader row, long line)
    {
        var (amountMinor, amountText) = Amount(row.GetValue(5));
        return new PayrollItemInput(
            line,
            MerchantReference: Text(row.GetValue(0)),
            PayeeName: Text(row.GetValue(1)),
            AccountNumber: Text(row.GetValue(2)),
            BankCode: Text(row.GetValue(4)),
            AmountMinor: amountMinor,
            Currency: Text(row.GetValue(6)),
            Purpose: Text(row.GetValue(7)),
            Remark: Text(row.GetValue(8)),
            AccountType: Text(row.GetValue(3)),
            AmountText: amountText);
    }

    /// <summary>Minor units, or the text that makes the validator report the amount as invalid.</summary>
    public static (long? Minor, string? UnreadableText) Amount(object value) => value switch
    {
        DBNull => (null, null),
        sbyte or byte or short or ushort or int or uint or long => (Convert.ToInt64(value, CultureInfo.InvariantCulture), null),
        ulong u when u <= long.MaxValue => ((long)u, null),
        decimal d when d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue => ((long)d, null),
        _ => (null, Unreadable(value))
    };

    // Never a number the amount parser reads (it would take it as major units): a sentence that names what was found.
    private static string Unreadable(object value) =>
        $"amount_minor {Convert.ToString(value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value, CultureInfo.InvariantCulture)} ({value.GetType().Name}) is not a whole number of minor units";

    private static string? Text(object value) => value switch
    {
        DBNull => null,
        string text => text,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)
    };
}
