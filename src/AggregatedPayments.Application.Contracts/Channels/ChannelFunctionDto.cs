using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Channels;

/// <summary>One function of a channel; <see cref="Function"/> is a name the provider lists (Payout, Query, Balance…).</summary>
public sealed class ChannelFunctionDto
{
    [Required]
    [StringLength(32)]
    public string Function { get; set; } = "";

    [StringLength(ChannelConsts.MaxAddressLength)]
    public string? Address { get; set; }

    public bool IsEnabled { get; set; }
}
