namespace AggregatedPayments.Dictionaries;

/// <summary>
/// How other features read service dictionaries: cached, only active items of active dictionaries,
/// codes compared byte for byte. Use the codes in <see cref="DictionaryCodes"/>.
/// </summary>
public interface IDictionaryLookup
{
    /// <summary>True when the dictionary is active and has an active item with this code.</summary>
    Task<bool> IsValidItemAsync(string dictionaryCode, string itemCode, CancellationToken cancellationToken = default);

    Task<DictionaryItemInfo?> FindItemAsync(string dictionaryCode, string itemCode, CancellationToken cancellationToken = default);

    /// <summary>The active items in display order; empty for an inactive dictionary. Throws <c>EntityNotFoundException</c> for an unknown dictionary.</summary>
    Task<IReadOnlyList<DictionaryItemInfo>> GetItemsAsync(string dictionaryCode, CancellationToken cancellationToken = default);

    /// <summary>The active currency with this ISO 4217 code, or null.</summary>
    Task<CurrencyInfo?> FindCurrencyAsync(string currencyCode, CancellationToken cancellationToken = default);

    /// <summary>The minor-unit exponent (CNY 2, JPY 0, KWD 3); throws a business error for a currency the platform does not offer.</summary>
    Task<int> GetCurrencyExponentAsync(string currencyCode, CancellationToken cancellationToken = default);
}
