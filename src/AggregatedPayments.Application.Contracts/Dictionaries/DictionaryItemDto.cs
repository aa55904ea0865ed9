using System.Text.Json;

namespace AggregatedPayments.Dictionaries;

public sealed class DictionaryItemDto
{
    public Guid Id { get; set; }

    public Guid DictionaryId { get; set; }

    public string Code { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string? NameZhHans { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; }

    public bool IsBuiltIn { get; set; }

    /// <summary>A small JSON object: a currency's numericCode and minorUnits, a bank's swift and cnaps codes…</summary>
    public JsonElement? Extra { get; set; }

    public int Version { get; set; }

    public DateTime CreationTime { get; set; }
}
