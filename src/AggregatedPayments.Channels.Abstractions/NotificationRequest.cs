namespace AggregatedPayments.Channels;

/// <summary>A callback exactly as it arrived: signatures are over raw bytes, so nothing is parsed before verifying.</summary>
public sealed record NotificationRequest(IReadOnlyDictionary<string, string> Headers, byte[] Body, string? ContentType);
