using AggregatedPayments.Entities;

namespace AggregatedPayments.Merchants.Credentials;

/// <summary>
/// A nonce a signed request used, kept until its timestamp could no longer be accepted anyway. In the
/// database, so that every host instance refuses a replay that another one already served.
/// </summary>
public sealed class ApiRequestNonce : Entity<Guid>
{
    private ApiRequestNonce()
    {
    }

    public ApiRequestNonce(Guid id, string keyId, string nonce, DateTime expiresAt)
    {
        Id = id;
        KeyId = keyId;
        Nonce = nonce;
        ExpiresAt = expiresAt;
    }

    public string KeyId { get; private set; } = null!;

    public string Nonce { get; private set; } = null!;

    /// <summary>UTC; after it the row may be purged.</summary>
    public DateTime ExpiresAt { get; private set; }
}
