namespace AggregatedPayments.Dictionaries;

/// <summary>An active currency of the platform: what money needs to convert between major and minor units.</summary>
/// <param name="Code">ISO 4217 alphabetic code.</param>
/// <param name="NumericCode">ISO 4217 numeric code, when the item records it.</param>
/// <param name="MinorUnits">The exponent of the minor unit: an amount of 1 in minor units is 10^-MinorUnits of the currency.</param>
public sealed record CurrencyInfo(string Code, string? NumericCode, int MinorUnits, string NameEn, string? NameZhHans);
