namespace AggregatedPayments.Merchants.Credentials;

/// <summary>A new key id with its secret, plain and sealed, not yet stored.</summary>
public sealed record SealedMerchantApiSecret(string KeyId, string Secret, string Ciphertext)
{
    public override string ToString() => $"{nameof(SealedMerchantApiSecret)} {{ KeyId = {KeyId} }}";
}
