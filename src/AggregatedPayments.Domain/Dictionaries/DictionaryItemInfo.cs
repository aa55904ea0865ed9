using System.Text.Json;
using AggregatedPayments.Localization;

namespace AggregatedPayments.Dictionaries;

/// <summary>A read-only copy of an item, as the cache holds it, with its extra data parsed once.</summary>
public sealed class DictionaryItemInfo
{
    private DictionaryItemInfo(DictionaryItem item)
    {
        Id = item.Id;
        DictionaryId = item.DictionaryId;
        Code = item.Code;
        NameEn = item.NameEn;
        NameZhHans = item.NameZhHans;
        SortOrder = item.SortOrder;
        IsActive = item.IsActive;
        IsBuiltIn = item.IsBuiltIn;
        ExtraJson = item.Extra;
        Extra = DictionaryExtra.Parse(item.Extra);
        Version = item.Version;
        CreationTime = item.CreationTime;
    }

    public Guid Id { get; }

    public Guid DictionaryId { get; }

    public string Code { get; }

    public string NameEn { get; }

    public string? NameZhHans { get; }

    public int SortOrder { get; }

    public bool IsActive { get; }

    public bool IsBuiltIn { get; }

    /// <summary>The extra data as stored (compact JSON object), or null.</summary>
    public string? ExtraJson { get; }

    public IReadOnlyDictionary<string, JsonElement> Extra { get; }

    public int Version { get; }

    public DateTime CreationTime { get; }

    internal static DictionaryItemInfo From(DictionaryItem item) => new(item);

    /// <summary>The name in the given culture (zh, zh-CN… read Chinese), falling back to English.</summary>
    public string GetName(string? culture) =>
        TextLocalizer.Normalize(culture) == "zh-Hans" && NameZhHans is not null ? NameZhHans : NameEn;

    public string? GetExtraString(string key) =>
        Extra.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
