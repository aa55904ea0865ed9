using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AggregatedPayments.Merchants.Credentials;

/// <summary>
/// The signature a merchant's systems and the platform put on requests to each other: base64 of
/// HMAC-SHA256 keyed with the UTF-8 secret over "METHOD\npathAndQuery\ntimestamp\nnonce\n" followed by the
/// lowercase hex SHA-256 of the body. Hashing the body keeps the string to sign small and text-only.
/// </summary>
public static class MerchantRequestSignature
{
    public const string KeyIdHeader = "X-AP-Key";
    public const string TimestampHeader = "X-AP-Timestamp";
    public const string NonceHeader = "X-AP-Nonce";
    public const string SignatureHeader = "X-AP-Signature";

    public static string Compute(string secret, string method, string pathAndQuery, long timestampUnixSeconds, string nonce, ReadOnlySpan<byte> body) =>
        ComputeWithBodyHash(secret, method, pathAndQuery, timestampUnixSeconds, nonce, HashBody(body));

    /// <summary>Compares in constant time; a signature that is not base64 or has the wrong length is simply false.</summary>
    public static bool Verify(string secret, string method, string pathAndQuery, long timestampUnixSeconds, string nonce, ReadOnlySpan<byte> body, string? signature) =>
        VerifyWithBodyHash(secret, method, pathAndQuery, timestampUnixSeconds, nonce, HashBody(body), signature);

    /// <summary>The lowercase hex SHA-256 of a body, for a caller that hashes a large body as it streams.</summary>
    public static string HashBody(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    public static string ComputeWithBodyHash(string secret, string method, string pathAndQuery, long timestampUnixSeconds, string nonce, string bodySha256Hex) =>
        Convert.ToBase64String(ComputeBytes(secret, method, pathAndQuery, timestampUnixSeconds, nonce, bodySha256Hex));

    public static bool VerifyWithBodyHash(string secret, string method, string pathAndQuery, long timestampUnixSeconds, string nonce, string bodySha256Hex, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!Convert.TryFromBase64String(signature, given, out var written) || written != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        var expected = ComputeBytes(secret, method, pathAndQuery, timestampUnixSeconds, nonce, bodySha256Hex);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static byte[] ComputeBytes(string secret, string method, string pathAndQuery, long timestampUnixSeconds, string nonce, string bodySha256Hex)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(bodySha256Hex);
        var stringToSign = string.Create(
            CultureInfo.InvariantCulture,
            $"{method.ToUpperInvariant()}\n{pathAndQuery}\n{timestampUnixSeconds}\n{nonce}\n{bodySha256Hex}");
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stringToSign));
    }
}
