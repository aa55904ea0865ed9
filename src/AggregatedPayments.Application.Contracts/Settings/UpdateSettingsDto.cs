using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Settings;

/// <summary>Several values of one level, applied together: one invalid value and none is changed.</summary>
public sealed class UpdateSettingsDto
{
    [Required]
    public List<UpdateSettingDto> Settings { get; set; } = [];
}
