namespace AggregatedPayments.Dictionaries;

/// <summary>One dictionary as written in an embedded seed file under SeedData/.</summary>
internal sealed record SeedDictionary(
    string Code,
    string NameEn,
    string? NameZhHans,
    string? Description,
    IReadOnlyList<SeedDictionaryItem> Items);
