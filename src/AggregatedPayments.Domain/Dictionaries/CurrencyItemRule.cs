using System.Text.Json;
using System.Text.RegularExpressions;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Dictionaries;

/// <summary>
/// Every item of the currency dictionary carries what money needs: an ISO 4217 code and its minor units.
/// Checked when an item is written, so that reading an exponent never meets a broken currency.
/// </summary>
internal static partial class CurrencyItemRule
{
    public static void Validate(string code, string? extra)
    {
        if (!CurrencyCodeRegex().IsMatch(code))
        {
            throw new InvalidInputException(nameof(DictionaryItem.Code), "A currency code is three capital letters (ISO 4217).");
        }

        if (ReadMinorUnits(DictionaryExtra.Parse(extra)) is null)
        {
            throw new InvalidInputException(
                nameof(DictionaryItem.Extra),
                $"A currency needs \"{DictionaryExtraKeys.MinorUnits}\": a whole number from 0 to {DictionaryConsts.MaxMinorUnits} in its extra data.");
        }
    }

    public static int? ReadMinorUnits(IReadOnlyDictionary<string, JsonElement> extra) =>
        extra.TryGetValue(DictionaryExtraKeys.MinorUnits, out var value)
        && value.ValueKind == JsonValueKind.Number
        && value.TryGetInt32(out var units)
        && units is >= 0 and <= DictionaryConsts.MaxMinorUnits
            ? units
            : null;

    [GeneratedRegex(DictionaryConsts.CurrencyCodePattern)]
    private static partial Regex CurrencyCodeRegex();
}
