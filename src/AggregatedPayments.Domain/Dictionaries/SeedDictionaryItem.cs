using System.Text.Json;

namespace AggregatedPayments.Dictionaries;

internal sealed record SeedDictionaryItem(
    string Code,
    string NameEn,
    string? NameZhHans,
    int SortOrder,
    bool IsActive = true,
    JsonElement? Extra = null);
