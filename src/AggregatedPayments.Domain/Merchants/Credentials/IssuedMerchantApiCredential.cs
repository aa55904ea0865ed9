namespace AggregatedPayments.Merchants.Credentials;

/// <summary>A credential just made, with the secret that is shown this once and then only kept encrypted.</summary>
public sealed record IssuedMerchantApiCredential(MerchantApiCredential Credential, string Secret)
{
    public override string ToString() => $"{nameof(IssuedMerchantApiCredential)} {{ KeyId = {Credential.KeyId} }}";
}
