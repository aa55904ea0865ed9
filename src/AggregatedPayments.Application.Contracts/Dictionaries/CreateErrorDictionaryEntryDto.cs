using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Dictionaries;

/// <summary>Without channel: a new platform code. With a channel and its error code: a mapping onto an existing platform code.</summary>
public sealed class CreateErrorDictionaryEntryDto
{
    [Required]
    [StringLength(ErrorDictionaryConsts.MaxCodeLength)]
    [RegularExpression(ErrorDictionaryConsts.CodePattern)]
    public string Code { get; set; } = "";

    [StringLength(ErrorDictionaryConsts.MaxChannelCodeLength)]
    public string? ChannelCode { get; set; }

    [StringLength(ErrorDictionaryConsts.MaxChannelErrorCodeLength)]
    public string? ChannelErrorCode { get; set; }

    [Required]
    [StringLength(ErrorDictionaryConsts.MaxMessageLength)]
    public string MessageEn { get; set; } = "";

    [StringLength(ErrorDictionaryConsts.MaxMessageLength)]
    public string? MessageZhHans { get; set; }

    public bool IsRetryable { get; set; }

    public bool IsFinal { get; set; }

    public bool IsNeverAccepted { get; set; }
}
