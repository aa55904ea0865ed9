namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>
/// A callback a simulated provider wants to make, already in its wire form. <paramref name="Key"/> is
/// the merchant's key the callback is about; callbacks about the same key are the ones that can
/// overtake each other.
/// </summary>
public sealed record PendingCallback(
    string Channel,
    string Key,
    Uri Target,
    string ContentType,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body);
