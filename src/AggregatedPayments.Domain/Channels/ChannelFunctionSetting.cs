namespace AggregatedPayments.Channels;

/// <summary>One function of a channel as the platform configured it: where it is called, and whether it is on.</summary>
public sealed record ChannelFunctionSetting(ChannelFunctions Function, string? Address, bool IsEnabled);
