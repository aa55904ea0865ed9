namespace AggregatedPayments.Merchants.Credentials;

/// <summary>How a credential's secret is sealed: the key id is in the purpose, so a ciphertext moved to another row does not open.</summary>
internal static class MerchantApiCredentialSecrets
{
    public static string Purpose(string keyId) => "MerchantApiCredential.Secret:" + keyId;
}
