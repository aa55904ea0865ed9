using AggregatedPayments.Dtos;

namespace AggregatedPayments.Channels;

public sealed class GetChannelListInput : PagedRequestDto
{
    /// <summary>Matches code or name.</summary>
    public string? Filter { get; set; }

    public ChannelStatus? Status { get; set; }
}
