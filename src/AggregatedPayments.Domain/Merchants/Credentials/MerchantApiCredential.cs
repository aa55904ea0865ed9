using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Merchants.Credentials;

/// <summary>
/// A key id and secret with which a merchant's systems sign API calls and the platform signs calls to
/// them. The secret is kept only as ciphertext and shown once, when made. Rotation gives the previous
/// credentials an expiry so callers can switch without downtime; revocation stops one at once.
/// </summary>
[Audited]
public sealed class MerchantApiCredential : AggregateRoot, IMultiTenant
{
    private MerchantApiCredential()
    {
    }

    internal MerchantApiCredential(Guid id, Guid tenantId, string keyId, string secretCiphertext)
        : base(id)
    {
        TenantId = tenantId;
        KeyId = keyId;
        SecretCiphertext = secretCiphertext;
    }

    public Guid? TenantId { get; private set; }

    /// <summary>Public: sent with every signed request to say which secret signed it.</summary>
    public string KeyId { get; private set; } = null!;

    [Redacted]
    public string SecretCiphertext { get; private set; } = null!;

    /// <summary>UTC; null while this is a current credential, set when a rotation starts its overlap.</summary>
    public DateTime? ExpiresAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public MerchantApiCredentialStatus StatusAt(DateTime utcNow) =>
        RevokedAt is not null ? MerchantApiCredentialStatus.Revoked
        : ExpiresAt is null ? MerchantApiCredentialStatus.Active
        : ExpiresAt > utcNow ? MerchantApiCredentialStatus.Expiring
        : MerchantApiCredentialStatus.Expired;

    /// <summary>Active, or still inside the overlap a rotation left it.</summary>
    public bool IsUsableAt(DateTime utcNow) => StatusAt(utcNow) is MerchantApiCredentialStatus.Active or MerchantApiCredentialStatus.Expiring;

    /// <summary>Only shortens: a second rotation inside the overlap never extends an old key's life.</summary>
    internal void ExpireAt(DateTime utcExpiry)
    {
        if (ExpiresAt is null || utcExpiry < ExpiresAt)
        {
            ExpiresAt = utcExpiry;
        }
    }

    internal void Revoke(DateTime utcNow) => RevokedAt ??= utcNow;
}
