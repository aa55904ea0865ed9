using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Channels;

public sealed class UpdateChannelDto
{
    [Required]
    [StringLength(ChannelConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required]
    public List<string> Currencies { get; set; } = [];

    [Required]
    public List<ChannelFunctionDto> Functions { get; set; } = [];

    [Range(1, long.MaxValue)]
    public long? SingleLimitMinor { get; set; }

    [Range(1, long.MaxValue)]
    public long? DailyLimitMinor { get; set; }

    /// <summary>The version read; a save over someone else's change is refused.</summary>
    public int Version { get; set; }
}
