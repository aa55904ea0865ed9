using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace AggregatedPayments.Dictionaries;

public sealed class CreateDictionaryItemDto
{
    [Required]
    [StringLength(DictionaryConsts.MaxItemCodeLength)]
    [RegularExpression(DictionaryConsts.ItemCodePattern)]
    public string Code { get; set; } = "";

    [Required]
    [StringLength(DictionaryConsts.MaxNameLength)]
    public string NameEn { get; set; } = "";

    [StringLength(DictionaryConsts.MaxNameLength)]
    public string? NameZhHans { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>A JSON object or null; a currency needs "minorUnits".</summary>
    public JsonElement? Extra { get; set; }
}
