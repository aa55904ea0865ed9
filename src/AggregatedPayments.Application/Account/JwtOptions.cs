namespace AggregatedPayments.Account;

/// <summary>
/// Bound from the "Jwt" section. The signing key is a secret: the host refuses a known one in Production.
/// Token lifetimes are settings (FoundationSettingNames.AccessTokenMinutes, RefreshTokenDays).
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "AggregatedPayments";

    public string Audience { get; set; } = "AggregatedPayments";

    /// <summary>Base64 of at least 32 random bytes (HMAC-SHA256).</summary>
    public string SigningKey { get; set; } = "";

    public byte[] GetSigningKeyBytes()
    {
        try
        {
            var bytes = Convert.FromBase64String(SigningKey);
            if (bytes.Length >= 32)
            {
                return bytes;
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidOperationException("Jwt:SigningKey must be the base64 text of at least 32 random bytes.");
    }
}
