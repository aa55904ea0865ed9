using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Merchants.Credentials;

/// <summary>Reads inside the merchant's tenant, so it works from host code and jobs alike.</summary>
public sealed class MerchantSigningCredentials(
    IRepository<MerchantApiCredential> credentials,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    IEncryptionService encryption,
    TimeProvider clock) : IMerchantSigningCredentials
{
    public async Task<MerchantSigningCredential?> GetCurrentAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        List<MerchantApiCredential> candidates;
        using (currentTenant.Change(merchantId))
        {
            candidates = await executer.ToListAsync(
                credentials.QueryNoTracking().Where(c => c.RevokedAt == null),
                cancellationToken);
        }

        var utcNow = clock.GetUtcNow().UtcDateTime;

        // A credential without expiry is the one a rotation made last; one in its overlap only serves
        // when a platform administrator revoked the newer one.
        var current = candidates
            .Where(c => c.IsUsableAt(utcNow))
            .OrderBy(c => c.ExpiresAt is null ? 0 : 1)
            .ThenByDescending(c => c.CreationTime)
            .FirstOrDefault();
        if (current is null)
        {
            return null;
        }

        var secret = await encryption.DecryptAsync(current.SecretCiphertext, MerchantApiCredentialSecrets.Purpose(current.KeyId), cancellationToken);
        return new MerchantSigningCredential(current.KeyId, secret);
    }
}
