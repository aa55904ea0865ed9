using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace AggregatedPayments.Dictionaries;

/// <summary>The code is not here: stored payouts and forms refer to it.</summary>
public sealed class UpdateDictionaryItemDto
{
    [Required]
    [StringLength(DictionaryConsts.MaxNameLength)]
    public string NameEn { get; set; } = "";

    [StringLength(DictionaryConsts.MaxNameLength)]
    public string? NameZhHans { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public JsonElement? Extra { get; set; }

    /// <summary>The version that was read; a different current version means someone else changed it.</summary>
    public int Version { get; set; }
}
