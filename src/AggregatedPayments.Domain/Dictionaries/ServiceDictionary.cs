using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Dictionaries;

/// <summary>
/// A list of codes that forms offer and validation checks (banks, currencies, payout purposes, ID
/// types…). Owned by the platform and read by every merchant. Item codes are unique within it.
/// </summary>
[Audited]
public sealed class ServiceDictionary : AggregateRoot
{
    private readonly List<DictionaryItem> _items = [];

    private ServiceDictionary()
    {
    }

    internal ServiceDictionary(Guid id, string code, string nameEn, string? nameZhHans, string? description, bool isBuiltIn)
        : base(id)
    {
        Code = DictionaryGuard.Code(code, DictionaryConsts.CodePattern, nameof(Code));
        IsBuiltIn = isBuiltIn;
        Set(nameEn, nameZhHans, description, isActive: true);
    }

    /// <summary>Unique, compared byte for byte; never changes, since code reads dictionaries by it.</summary>
    public string Code { get; private set; } = null!;

    public string NameEn { get; private set; } = null!;

    public string? NameZhHans { get; private set; }

    public string? Description { get; private set; }

    /// <summary>An inactive dictionary offers no items and validates none.</summary>
    public bool IsActive { get; private set; }

    /// <summary>Seeded by the platform, which reads it itself: it cannot be deleted.</summary>
    public bool IsBuiltIn { get; private set; }

    public IReadOnlyCollection<DictionaryItem> Items => _items;

    public void Set(string nameEn, string? nameZhHans, string? description, bool isActive)
    {
        var en = DictionaryGuard.Required(nameEn, DictionaryConsts.MaxNameLength, nameof(NameEn));
        var zh = DictionaryGuard.Optional(nameZhHans, DictionaryConsts.MaxNameLength, nameof(NameZhHans));
        var text = DictionaryGuard.Optional(description, DictionaryConsts.MaxDescriptionLength, nameof(Description));
        NameEn = en;
        NameZhHans = zh;
        Description = text;
        IsActive = isActive;
    }

    public DictionaryItem? FindItem(string code) => _items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));

    public DictionaryItem GetItem(Guid itemId) =>
        _items.FirstOrDefault(i => i.Id == itemId) ?? throw new EntityNotFoundException(nameof(DictionaryItem), itemId);

    public DictionaryItem AddItem(string code, string nameEn, string? nameZhHans, int sortOrder, bool isActive, string? extra, bool isBuiltIn = false)
    {
        var item = new DictionaryItem(Guid.NewGuid(), Id, code, isBuiltIn);
        if (FindItem(item.Code) is not null)
        {
            throw new ConflictException(DictionariesErrorCodes.ItemCodeAlreadyExists).WithData("code", item.Code);
        }

        SetItem(item, nameEn, nameZhHans, sortOrder, isActive, extra);
        _items.Add(item);
        return item;
    }

    public DictionaryItem UpdateItem(Guid itemId, string nameEn, string? nameZhHans, int sortOrder, bool isActive, string? extra)
    {
        var item = GetItem(itemId);
        SetItem(item, nameEn, nameZhHans, sortOrder, isActive, extra);
        return item;
    }

    public void RemoveItem(Guid itemId)
    {
        var item = GetItem(itemId);
        if (item.IsBuiltIn)
        {
            throw new BusinessException(DictionariesErrorCodes.BuiltInCannotBeDeleted).WithData("code", item.Code);
        }

        _items.Remove(item);
    }

    public void EnsureCanBeDeleted()
    {
        if (IsBuiltIn || _items.Any(i => i.IsBuiltIn))
        {
            throw new BusinessException(DictionariesErrorCodes.BuiltInCannotBeDeleted).WithData("code", Code);
        }
    }

    private void SetItem(DictionaryItem item, string nameEn, string? nameZhHans, int sortOrder, bool isActive, string? extra)
    {
        var normalizedExtra = DictionaryExtra.Normalize(extra, nameof(DictionaryItem.Extra));
        if (Code == DictionaryCodes.Currencies)
        {
            CurrencyItemRule.Validate(item.Code, normalizedExtra);
        }

        item.Set(nameEn, nameZhHans, sortOrder, isActive, normalizedExtra);
    }
}
