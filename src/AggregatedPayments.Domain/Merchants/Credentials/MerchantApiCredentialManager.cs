using System.Buffers.Text;
using System.Security.Cryptography;
using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Settings;

namespace AggregatedPayments.Merchants.Credentials;

/// <summary>
/// Issues, rotates and revokes a merchant's API credentials, inside the current tenant (the merchant's).
/// The caller saves; a plain secret leaves only in the returned <see cref="IssuedMerchantApiCredential"/>.
/// </summary>
public sealed class MerchantApiCredentialManager(
    IRepository<MerchantApiCredential> credentials,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    IEncryptionService encryption,
    ISettingProvider settings,
    TimeProvider clock)
{
    /// <summary>
    /// Makes a key id and secret and seals the secret. Call it before opening a transaction: the first
    /// encryption ever may create the data key, which is saved on a connection of its own.
    /// </summary>
    public async Task<SealedMerchantApiSecret> SealNewSecretAsync(CancellationToken cancellationToken)
    {
        var keyId = MerchantApiCredentialConsts.KeyIdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(MerchantApiCredentialConsts.SecretByteLength));
        return new SealedMerchantApiSecret(keyId, secret, await encryption.EncryptAsync(secret, MerchantApiCredentialSecrets.Purpose(keyId), cancellationToken));
    }

    public async Task<IssuedMerchantApiCredential> IssueAsync(SealedMerchantApiSecret secret, CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("API credentials belong to a merchant: change to its tenant first.");
        var credential = new MerchantApiCredential(Guid.NewGuid(), tenantId, secret.KeyId, secret.Ciphertext);
        await credentials.InsertAsync(credential, cancellationToken);
        return new IssuedMerchantApiCredential(credential, secret.Secret);
    }

    /// <summary>A new credential; the ones in use until now keep working for the overlap setting's hours.</summary>
    public async Task<IssuedMerchantApiCredential> RotateAsync(SealedMerchantApiSecret secret, CancellationToken cancellationToken)
    {
        var utcNow = clock.GetUtcNow().UtcDateTime;
        var overlap = TimeSpan.FromHours(await settings.GetIntAsync(MerchantSettingNames.ApiCredentialOverlapHours, cancellationToken));
        var current = await executer.ToListAsync(
            credentials.Query().Where(c => c.RevokedAt == null && (c.ExpiresAt == null || c.ExpiresAt > utcNow)),
            cancellationToken);
        foreach (var credential in current)
        {
            credential.ExpireAt(utcNow + overlap);
        }

        return await IssueAsync(secret, cancellationToken);
    }

    public async Task<MerchantApiCredential> RevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        var credential = await executer.FirstOrDefaultAsync(credentials.Query().Where(c => c.KeyId == keyId), cancellationToken)
            ?? throw new EntityNotFoundException(nameof(MerchantApiCredential), keyId);
        credential.Revoke(clock.GetUtcNow().UtcDateTime);
        return credential;
    }

    /// <summary>The plain secret of a credential, for verifying a signature made with it.</summary>
    public Task<string> RevealSecretAsync(MerchantApiCredential credential, CancellationToken cancellationToken) =>
        encryption.DecryptAsync(credential.SecretCiphertext, MerchantApiCredentialSecrets.Purpose(credential.KeyId), cancellationToken);
}
