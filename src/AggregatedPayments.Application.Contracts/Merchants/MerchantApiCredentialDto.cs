namespace AggregatedPayments.Merchants;

/// <summary>A credential as lists show it: never its secret.</summary>
public sealed record MerchantApiCredentialDto(
    Guid Id,
    string KeyId,
    MerchantApiCredentialStatus Status,
    DateTime CreationTime,
    DateTime? ExpiresAt,
    DateTime? RevokedAt);
