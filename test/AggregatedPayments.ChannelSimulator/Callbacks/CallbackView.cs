namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>One item of <c>GET /_sim/callbacks</c>: the callback as it would go on the wire, the body in base64.</summary>
public sealed record CallbackView(
    long Id,
    string Channel,
    string Key,
    Uri Target,
    string ContentType,
    IReadOnlyDictionary<string, string> Headers,
    string BodyBase64)
{
    public static CallbackView Of(QueuedCallback queued) =>
        new(queued.Id,
            queued.Callback.Channel,
            queued.Callback.Key,
            queued.Callback.Target,
            queued.Callback.ContentType,
            queued.Callback.Headers,
            Convert.ToBase64String(queued.Callback.Body));
}
