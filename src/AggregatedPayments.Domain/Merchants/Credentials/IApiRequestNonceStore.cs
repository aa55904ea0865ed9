namespace AggregatedPayments.Merchants.Credentials;

/// <summary>Remembers the nonces of signed requests; implemented by the EF Core layer.</summary>
public interface IApiRequestNonceStore
{
    /// <summary>
    /// Records the nonce for the key until <paramref name="expiresAt"/>; false when it was used before,
    /// by this or any other instance. Expired nonces are purged along the way.
    /// </summary>
    Task<bool> TryUseAsync(string keyId, string nonce, DateTime expiresAt, CancellationToken cancellationToken);
}
