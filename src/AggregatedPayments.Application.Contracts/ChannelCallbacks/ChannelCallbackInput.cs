namespace AggregatedPayments.ChannelCallbacks;

/// <summary>A provider's callback exactly as it arrived: signatures are over these bytes, so nothing is parsed first.</summary>
public sealed record ChannelCallbackInput(IReadOnlyDictionary<string, string> Headers, byte[] Body, string? ContentType);
