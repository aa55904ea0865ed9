using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Dictionaries;

/// <summary>The code is not here: it never changes, since code and stored rows refer to it.</summary>
public sealed class UpdateServiceDictionaryDto
{
    [Required]
    [StringLength(DictionaryConsts.MaxNameLength)]
    public string NameEn { get; set; } = "";

    [StringLength(DictionaryConsts.MaxNameLength)]
    public string? NameZhHans { get; set; }

    [StringLength(DictionaryConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The version that was read; a different current version means someone else changed it.</summary>
    public int Version { get; set; }
}
