namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>One item of <c>GET /_sim/callbacks</c>, read back as a test sees it.</summary>
public sealed record CallbackItem(long Id, string Channel, string Key, Uri Target, string ContentType, Dictionary<string, string> Headers, string BodyBase64);
