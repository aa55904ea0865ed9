using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Settings;

public sealed class UpdateSettingDto
{
    [Required]
    [StringLength(SettingValueConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    /// <summary>Null removes the value at this level, so the inherited one applies again.</summary>
    [StringLength(SettingValueConsts.MaxValueLength)]
    public string? Value { get; set; }
}
