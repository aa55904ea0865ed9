namespace AggregatedPayments.ChannelSimulator.Callbacks;

public sealed record RecordedRequest(HttpMethod Method, Uri Target, IReadOnlyDictionary<string, string> Headers, byte[] Body);
