using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Dictionaries;

public sealed class CreateServiceDictionaryDto
{
    [Required]
    [StringLength(DictionaryConsts.MaxCodeLength)]
    [RegularExpression(DictionaryConsts.CodePattern)]
    public string Code { get; set; } = "";

    [Required]
    [StringLength(DictionaryConsts.MaxNameLength)]
    public string NameEn { get; set; } = "";

    [StringLength(DictionaryConsts.MaxNameLength)]
    public string? NameZhHans { get; set; }

    [StringLength(DictionaryConsts.MaxDescriptionLength)]
    public string? Description { get; set; }
}
