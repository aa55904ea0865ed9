using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Dictionaries;

/// <summary>Codes are the entry's key and do not change: to remap a channel code, delete the entry and create it again.</summary>
public sealed class UpdateErrorDictionaryEntryDto
{
    [Required]
    [StringLength(ErrorDictionaryConsts.MaxMessageLength)]
    public string MessageEn { get; set; } = "";

    [StringLength(ErrorDictionaryConsts.MaxMessageLength)]
    public string? MessageZhHans { get; set; }

    public bool IsRetryable { get; set; }

    public bool IsFinal { get; set; }

    public bool IsNeverAccepted { get; set; }

    /// <summary>The version that was read; a different current version means someone else changed it.</summary>
    public int Version { get; set; }
}
