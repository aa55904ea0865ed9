namespace AggregatedPayments.Channels;

public interface IChannelNotification
{
    /// <summary>Verifies a callback from raw headers and bytes; refuses stale ones; never throws for a forged one.</summary>
    NotificationResult VerifyAndParse(NotificationRequest request, ChannelContext context);
}
