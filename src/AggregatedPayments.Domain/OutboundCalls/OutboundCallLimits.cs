namespace AggregatedPayments.OutboundCalls;

/// <summary>What one purpose's calls may take: bytes of answer body, and time from sending to the last byte read.</summary>
public sealed record OutboundCallLimits(long MaxResponseBytes, TimeSpan Timeout);
