namespace AggregatedPayments.Merchants.Credentials;

/// <summary>A key id with its plain secret: lives in memory for one signing, never stored or logged.</summary>
public sealed record MerchantSigningCredential(string KeyId, string Secret)
{
    public override string ToString() => $"{nameof(MerchantSigningCredential)} {{ KeyId = {KeyId} }}";
}
