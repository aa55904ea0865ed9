using System.Text.Json.Serialization;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// One item of the HTTP contract as sent. Text fields take a JSON string or number (a card number written
/// as a number keeps its digits; anything else makes the page malformed); an amount that is not whole minor
/// units is reported on its line. Every item's content is checked by the intake, line by line.
/// </summary>
internal sealed class PayrollHttpItem
{
    [JsonConverter(typeof(PayrollHttpTextConverter))]
    public string? MerchantReference { get; set; }

    [JsonConverter(typeof(PayrollHttpTextConverter))]
    public string? PayeeName { get; set; }

    [JsonConverter(typeof(PayrollHttpTextConverter))]
    public string? AccountNumber { get; set; }

    [JsonConverter(typeof(PayrollHttpTextConverter))]
    public string? AccountType { get; set; }

    [JsonConverter(typeof(PayrollHttpTextConverter))]
    public string? BankCode { get; set; }

    public PayrollHttpAmount AmountMinor { get; set; }

    [JsonConverter(typeof(PayrollHttpTextConverter))]
    public string? Currency { get; set; }

    [JsonConverter(typeof(PayrollHttpTextConverter))]
    public string? Purpose { get; set; }

    [JsonConverter(typeof(PayrollHttpTextConverter))]
    public string? Remark { get; set; }

    public PayrollItemInput ToInput(long line) => new(
        line, MerchantReference, PayeeName, AccountNumber, BankCode, AmountMinor.Minor, Currency, Purpose, Remark, AccountType, AmountMinor.Unreadable);
}
