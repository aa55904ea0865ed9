using System.Security.Cryptography;
using System.Text;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>HMAC-SHA256 with the merchant's secret (UTF-8), as lower-case hex; verification compares in constant time.</summary>
public sealed class GenericHttpSigner(string secret)
{
    private readonly byte[] key = Encoding.UTF8.GetBytes(secret);

    public string Sign(ReadOnlySpan<byte> canonical) => Convert.ToHexStringLower(HMACSHA256.HashData(key, canonical));

    public bool Verify(ReadOnlySpan<byte> canonical, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(canonical));
        var given = Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
