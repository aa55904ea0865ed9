namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// The currencies the sandbox pays in, with their ISO 4217 exponents. A provider knows its own
/// currencies: the table lets it open balances in every one of them and refuse an amount whose
/// exponent disagrees, instead of trusting whatever arrives.
/// </summary>
public static class SandboxCurrencies
{
    private static readonly Dictionary<string, int> Exponents = new(StringComparer.Ordinal)
    {
        ["CNY"] = 2,
        ["USD"] = 2,
        ["EUR"] = 2,
        ["HKD"] = 2,
        ["JPY"] = 0
    };

    public static IReadOnlyList<string> Codes { get; } = [.. Exponents.Keys];

    public static bool TryGetExponent(string currency, out int exponent) => Exponents.TryGetValue(currency, out exponent);
}
