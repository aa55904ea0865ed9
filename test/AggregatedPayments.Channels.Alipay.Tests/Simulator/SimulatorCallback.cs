namespace AggregatedPayments.Channels.Alipay.Simulator;

/// <summary>One callback taken from <c>GET /_sim/callbacks</c>.</summary>
public sealed record SimulatorCallback(long Id, string Channel, string Key, Uri Target, string ContentType, Dictionary<string, string> Headers, string BodyBase64)
{
    public byte[] Body => Convert.FromBase64String(BodyBase64);

    /// <summary>The callback as our notification endpoint would receive it.</summary>
    public NotificationRequest AsRequest(byte[]? body = null) =>
        new(new Dictionary<string, string>(Headers) { ["Content-Type"] = ContentType }, body ?? Body, ContentType);
}
