using AggregatedPayments.Channels;

namespace AggregatedPayments.ChannelCallbacks;

public sealed class ChannelCallbackAppService(ChannelCallbackReceiver receiver) : IChannelCallbackAppService
{
    public async Task<ChannelCallbackAnswerDto> ReceiveAsync(Guid merchantChannelId, ChannelCallbackInput input, CancellationToken cancellationToken = default)
    {
        var reception = await receiver.ReceiveAsync(merchantChannelId, new NotificationRequest(input.Headers, input.Body, input.ContentType), cancellationToken);
        var acknowledgement = reception.Acknowledgement;
        return new ChannelCallbackAnswerDto(acknowledgement.StatusCode, acknowledgement.ContentType, acknowledgement.Body);
    }
}
