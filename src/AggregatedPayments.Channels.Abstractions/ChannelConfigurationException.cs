namespace AggregatedPayments.Channels;

/// <summary>The channel is configured wrongly (a parameter missing or malformed): nothing was sent.</summary>
public sealed class ChannelConfigurationException(string message) : Exception(message);
