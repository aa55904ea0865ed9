using AggregatedPayments.Channels;

namespace AggregatedPayments.ChannelCallbacks;

/// <summary>What became of one delivery: the stored callback, whether it was a repeat, and the exact answer the provider expects.</summary>
public sealed record ChannelCallbackReception(Guid CallbackId, bool IsVerified, bool IsRepeat, NotificationAcknowledgement Acknowledgement);
