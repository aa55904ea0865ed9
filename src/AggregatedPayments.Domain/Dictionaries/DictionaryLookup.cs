using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Dictionaries;

public sealed class DictionaryLookup(
    IRepository<ServiceDictionary> dictionaries,
    IAsyncQueryExecuter executer,
    DictionaryCache cache) : IDictionaryLookup
{
    public async Task<bool> IsValidItemAsync(string dictionaryCode, string itemCode, CancellationToken cancellationToken = default) =>
        await FindItemAsync(dictionaryCode, itemCode, cancellationToken) is not null;

    public async Task<DictionaryItemInfo?> FindItemAsync(string dictionaryCode, string itemCode, CancellationToken cancellationToken = default)
    {
        var snapshot = await GetSnapshotAsync(dictionaryCode, cancellationToken);
        return snapshot.ByCode.GetValueOrDefault(itemCode);
    }

    public async Task<IReadOnlyList<DictionaryItemInfo>> GetItemsAsync(string dictionaryCode, CancellationToken cancellationToken = default)
    {
        var snapshot = await GetSnapshotAsync(dictionaryCode, cancellationToken);
        return snapshot.Exists ? snapshot.ActiveItems : throw new EntityNotFoundException(nameof(ServiceDictionary), dictionaryCode);
    }

    public async Task<CurrencyInfo?> FindCurrencyAsync(string currencyCode, CancellationToken cancellationToken = default)
    {
        var item = await FindItemAsync(DictionaryCodes.Currencies, currencyCode, cancellationToken);
        if (item is null || CurrencyItemRule.ReadMinorUnits(item.Extra) is not { } minorUnits)
        {
            return null;
        }

        return new CurrencyInfo(item.Code, item.GetExtraString(DictionaryExtraKeys.NumericCode), minorUnits, item.NameEn, item.NameZhHans);
    }

    public async Task<int> GetCurrencyExponentAsync(string currencyCode, CancellationToken cancellationToken = default) =>
        (await FindCurrencyAsync(currencyCode, cancellationToken))?.MinorUnits
        ?? throw new BusinessException(DictionariesErrorCodes.UnknownCurrency).WithData("currency", currencyCode);

    private Task<DictionarySnapshot> GetSnapshotAsync(string dictionaryCode, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync("service:" + dictionaryCode, async () =>
        {
            var dictionary = await executer.FirstOrDefaultAsync(
                dictionaries.QueryNoTracking().Where(d => d.Code == dictionaryCode), cancellationToken);
            return DictionarySnapshot.From(dictionary);
        }, snapshot => snapshot.Exists);
}
