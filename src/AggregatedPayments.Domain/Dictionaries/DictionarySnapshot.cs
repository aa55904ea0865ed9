using System.Collections.Frozen;

namespace AggregatedPayments.Dictionaries;

/// <summary>One dictionary's active items as the cache holds them; an inactive dictionary has none.</summary>
internal sealed class DictionarySnapshot
{
    public static readonly DictionarySnapshot Missing = new(false, []);

    private DictionarySnapshot(bool exists, IReadOnlyList<DictionaryItemInfo> activeItems)
    {
        Exists = exists;
        ActiveItems = activeItems;
        ByCode = activeItems.ToFrozenDictionary(i => i.Code, StringComparer.Ordinal);
    }

    public bool Exists { get; }

    /// <summary>Sorted as lists show them: by sort order, then by code.</summary>
    public IReadOnlyList<DictionaryItemInfo> ActiveItems { get; }

    public FrozenDictionary<string, DictionaryItemInfo> ByCode { get; }

    public static DictionarySnapshot From(ServiceDictionary? dictionary)
    {
        if (dictionary is null)
        {
            return Missing;
        }

        var items = dictionary.IsActive
            ? dictionary.Items.Where(i => i.IsActive)
                .OrderBy(i => i.SortOrder).ThenBy(i => i.Code, StringComparer.Ordinal)
                .Select(DictionaryItemInfo.From).ToList()
            : [];
        return new DictionarySnapshot(true, items);
    }
}
