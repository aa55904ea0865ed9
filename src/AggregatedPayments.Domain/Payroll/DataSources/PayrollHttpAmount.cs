using System.Text.Json.Serialization;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// The amount of an HTTP item: whole minor units, or — for a fraction, a text or anything else — a sentence
/// naming what came, which the intake's amount check cannot read and so reports as invalid on the item's line.
/// Never guessed at or rounded; the merchant database reader treats its column the same way.
/// </summary>
[JsonConverter(typeof(PayrollHttpAmountConverter))]
internal readonly record struct PayrollHttpAmount(long? Minor, string? Unreadable);
