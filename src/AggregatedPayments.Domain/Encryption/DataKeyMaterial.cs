namespace AggregatedPayments.Encryption;

/// <summary>An unwrapped data key, held in memory only.</summary>
public sealed record DataKeyMaterial(int KeyId, byte[] Key);
