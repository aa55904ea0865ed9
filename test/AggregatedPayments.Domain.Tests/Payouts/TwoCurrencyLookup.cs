using AggregatedPayments.Dictionaries;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

/// <summary>A currency dictionary offering CNY (exponent 2) and JPY (0) only.</summary>
internal sealed class TwoCurrencyLookup : IDictionaryLookup
{
    private static readonly Dictionary<string, CurrencyInfo> Currencies = new()
    {
        ["CNY"] = new CurrencyInfo("CNY", "156", 2, "Yuan Renminbi", "人民币"),
        ["JPY"] = new CurrencyInfo("JPY", "392", 0, "Yen", "日元")
    };

    public Task<bool> IsValidItemAsync(string dictionaryCode, string itemCode, CancellationToken cancellationToken = default) =>
        Task.FromResult(dictionaryCode == DictionaryCodes.Currencies && Currencies.ContainsKey(itemCode));

    public Task<DictionaryItemInfo?> FindItemAsync(string dictionaryCode, string itemCode, CancellationToken cancellationToken = default) =>
        Task.FromResult<DictionaryItemInfo?>(null);

    public Task<IReadOnlyList<DictionaryItemInfo>> GetItemsAsync(string dictionaryCode, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DictionaryItemInfo>>([]);

    public Task<CurrencyInfo?> FindCurrencyAsync(string currencyCode, CancellationToken cancellationToken = default) =>
        Task.FromResult(Currencies.GetValueOrDefault(currencyCode));

    public Task<int> GetCurrencyExponentAsync(string currencyCode, CancellationToken cancellationToken = default) =>
        Currencies.TryGetValue(currencyCode, out var currency)
            ? Task.FromResult(currency.MinorUnits)
            : throw new BusinessException(DictionariesErrorCodes.UnknownCurrency).WithData("currency", currencyCode);
}
