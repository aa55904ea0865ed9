namespace AggregatedPayments.Merchants.Credentials;

/// <summary>The secret with which the platform signs its requests to a merchant's own systems.</summary>
public interface IMerchantSigningCredentials
{
    /// <summary>The merchant's newest active credential, decrypted; null when it has none usable.</summary>
    Task<MerchantSigningCredential?> GetCurrentAsync(Guid merchantId, CancellationToken cancellationToken);
}
