namespace AggregatedPayments.ChannelCallbacks;

/// <summary>Where providers deliver their callbacks, one address per merchant channel.</summary>
public interface IChannelCallbackAppService
{
    Task<ChannelCallbackAnswerDto> ReceiveAsync(Guid merchantChannelId, ChannelCallbackInput input, CancellationToken cancellationToken = default);
}
