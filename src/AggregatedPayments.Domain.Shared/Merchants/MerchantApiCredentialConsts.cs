namespace AggregatedPayments.Merchants;

public static class MerchantApiCredentialConsts
{
    public const string KeyIdPrefix = "ak_";

    /// <summary>"ak_" + 24 lowercase hex characters from 12 random bytes.</summary>
    public const int MaxKeyIdLength = 32;

    public const int SecretByteLength = 32;

    public const int MaxSecretCiphertextLength = 256;

    /// <summary>The static role of each merchant whose grants a signed API call acts with.</summary>
    public const string ApiClientRoleName = "api-client";

    /// <summary>The user name a signed call acts as: "api:" + key id.</summary>
    public const string ApiUserNamePrefix = "api:";

    /// <summary>How far a request's timestamp may be from the platform's clock, either way.</summary>
    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromMinutes(5);

    /// <summary>8 to 64 of letters, digits, '-' and '_'.</summary>
    public const string NoncePattern = "^[A-Za-z0-9_-]{8,64}$";

    public const int MaxNonceLength = 64;
}
