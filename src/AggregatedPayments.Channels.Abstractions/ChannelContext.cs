namespace AggregatedPayments.Channels;

/// <summary>
/// Everything an adapter may use for one call. The HttpClient comes from the outbound-call guard
/// (private ranges refused at connect time, no redirects, capped answers); the clock is the
/// platform's, so signatures and timestamps are reproducible in tests.
/// </summary>
public sealed record ChannelContext(
    ChannelParameters Parameters,
    IReadOnlyDictionary<ChannelFunctions, Uri> Addresses,
    HttpClient Http,
    TimeProvider Clock)
{
    public Uri AddressOf(ChannelFunctions function) =>
        Addresses.TryGetValue(function, out var address)
            ? address
            : throw new ChannelConfigurationException($"The channel has no address for {function}.");
}
