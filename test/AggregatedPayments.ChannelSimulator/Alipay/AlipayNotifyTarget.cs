namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>Body of <c>POST /_sim/alipay/notify-target</c>.</summary>
public sealed record AlipayNotifyTarget(string AppId, Uri Target);
