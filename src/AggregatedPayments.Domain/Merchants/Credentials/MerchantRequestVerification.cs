namespace AggregatedPayments.Merchants.Credentials;

/// <summary>Either the credential (and so the merchant) a request is from, or the stable code it was refused with.</summary>
public sealed record MerchantRequestVerification(MerchantApiCredential? Credential, string? RefusalCode)
{
    public static MerchantRequestVerification Accepted(MerchantApiCredential credential) => new(credential, null);

    public static MerchantRequestVerification Refused(string code) => new(null, code);
}
