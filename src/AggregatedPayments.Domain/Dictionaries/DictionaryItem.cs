using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;

namespace AggregatedPayments.Dictionaries;

/// <summary>One entry of a service dictionary; changed only through its <see cref="ServiceDictionary"/>.</summary>
[Audited]
public sealed class DictionaryItem : Entity<Guid>, IHasVersion, IHasCreationTime
{
    private DictionaryItem()
    {
    }

    internal DictionaryItem(Guid id, Guid dictionaryId, string code, bool isBuiltIn)
    {
        Id = id;
        DictionaryId = dictionaryId;
        Code = DictionaryGuard.Code(code, DictionaryConsts.ItemCodePattern, nameof(Code));
        IsBuiltIn = isBuiltIn;
        IsActive = true;
    }

    public Guid DictionaryId { get; private set; }

    /// <summary>Unique within the dictionary, compared byte for byte; never changes, since other rows store it.</summary>
    public string Code { get; private set; } = null!;

    public string NameEn { get; private set; } = null!;

    /// <summary>Null where no Chinese name was given: readers fall back to <see cref="NameEn"/>.</summary>
    public string? NameZhHans { get; private set; }

    /// <summary>Lists show items by this number, then by code.</summary>
    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>A small JSON object (a currency's minor units, a bank's SWIFT code…), stored compact.</summary>
    public string? Extra { get; private set; }

    /// <summary>Seeded by the platform: it can be edited and deactivated, not deleted, or the next seeding would bring it back.</summary>
    public bool IsBuiltIn { get; private set; }

    public int Version { get; private set; }

    public DateTime CreationTime { get; private set; }

    /// <summary>Checks everything before changing anything: a refused edit leaves the item as it was.</summary>
    internal void Set(string nameEn, string? nameZhHans, int sortOrder, bool isActive, string? normalizedExtra)
    {
        var en = DictionaryGuard.Required(nameEn, DictionaryConsts.MaxNameLength, nameof(NameEn));
        var zh = DictionaryGuard.Optional(nameZhHans, DictionaryConsts.MaxNameLength, nameof(NameZhHans));
        NameEn = en;
        NameZhHans = zh;
        SortOrder = sortOrder;
        IsActive = isActive;
        Extra = normalizedExtra;
    }
}
