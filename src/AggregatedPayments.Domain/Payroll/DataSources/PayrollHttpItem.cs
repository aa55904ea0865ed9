using System.Text.Json.Serialization;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// One item of the HTTP contract as sent. Text fields take a JSON string or number (a card number written
/// as a number keeps its digits); the amount takes a whole JSON number or a string of digits. Anything
/// else makes the page malformed; the content of a well-formed item is checked by the intake, line by line.
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

    [JsonConverter(typeof(PayrollHttpMinorUnitsConverter))]
    public long? AmountMinor { get; set; }

    [JsonConverter(typeof(PayrollHttpTextConverter))]
    public string? Currency { get; set; }

    [JsonConverter(typeof(PayrollHttpTextConverter))]
    public string? Purpose { get; set; }

    [JsonConverter(typeof(PayrollHttpTextConverter))]
    public string? Remark { get; set; }

    public PayrollItemInput ToInput(long line) => new(
        line, MerchantReference, PayeeName, AccountNumber, BankCode, AmountMinor, Currency, Purpose, Remark, AccountType);
}
