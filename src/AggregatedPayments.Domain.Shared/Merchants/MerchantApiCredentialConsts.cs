namespace AggregatedPayments.Merchants;

public static class MerchantApiCredentialConsts
{
    public const string KeyIdPrefix = "ak_";

    /// <summary>"ak_" + 24 lowercase hex characters from 12 random bytes.</summary>
    public const int MaxKeyIdLength = 32;

    public const int SecretByteLength = 32;

    public const int MaxSecretCiphertextLength = 256;
}
