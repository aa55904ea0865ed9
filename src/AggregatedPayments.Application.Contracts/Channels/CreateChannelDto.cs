using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Channels;

public sealed class CreateChannelDto
{
    [Required]
    [RegularExpression(ChannelConsts.CodePattern)]
    public string Code { get; set; } = "";

    [Required]
    [StringLength(ChannelConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    /// <summary>An installed adapter's provider name (see the providers list).</summary>
    [Required]
    [StringLength(ChannelConsts.MaxProviderLength)]
    public string Provider { get; set; } = "";
}
