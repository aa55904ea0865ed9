namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>One item of the simulator's <c>GET /_sim/callbacks</c>: a callback exactly as it would arrive.</summary>
public sealed record SimulatorCallback(long Id, string Channel, string Key, Uri Target, string ContentType, Dictionary<string, string> Headers, string BodyBase64)
{
    public NotificationRequest AsArrived() => new(Headers, Convert.FromBase64String(BodyBase64), ContentType);
}
