namespace AggregatedPayments.Merchants.Policies;

/// <summary>
/// A merchant's payout parameters: where its notifications go, which addresses may call the API with its
/// credentials, and its currencies with their limits. No currency listed means every currency the
/// currency dictionary knows, without merchant limits; once one is listed, only the listed ones are allowed.
/// </summary>
public sealed record MerchantPayoutPolicy(
    string? NotifyUrl,
    IReadOnlyList<string> AllowedIpRanges,
    IReadOnlyList<MerchantCurrencyLimit> Currencies)
{
    public static MerchantPayoutPolicy Empty { get; } = new(null, [], []);

    public bool AllowsCurrency(string currency) =>
        Currencies.Count == 0 || Currencies.Any(c => string.Equals(c.Currency, currency, StringComparison.Ordinal));

    /// <summary>The limits of <paramref name="currency"/>, or null when the merchant sets none for it.</summary>
    public MerchantCurrencyLimit? LimitFor(string currency) =>
        Currencies.FirstOrDefault(c => string.Equals(c.Currency, currency, StringComparison.Ordinal));

    /// <summary>
    /// Compact, for the merchant's entity-change audit (which records a value by its text; a record's
    /// default text would name the list types instead of their items).
    /// </summary>
    public override string ToString() =>
        $"notify={NotifyUrl ?? "-"}; ip=[{string.Join(", ", AllowedIpRanges)}]; currencies=[{string.Join("; ", Currencies)}]";
}
