using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AggregatedPayments.Notifications;

/// <summary>
/// The signature on a notification: "v1=" followed by the base64 HMAC-SHA256, keyed with the UTF-8 bytes
/// of the merchant's API secret, over "{eventId}.{timestamp}.{body}" — the event id and timestamp exactly
/// as their headers carry them, the body exactly as sent. The string to sign is never logged.
/// </summary>
public static class MerchantNotificationSignature
{
    public const string Scheme = "v1";

    public static string Compute(string secret, string eventId, long timestampUnixSeconds, string body) =>
        $"{Scheme}={Convert.ToBase64String(Hash(secret, eventId, timestampUnixSeconds.ToString(CultureInfo.InvariantCulture), body))}";

    /// <summary>
    /// Whether <paramref name="signatureHeader"/> carries a v1 signature of the request, compared in constant time.
    /// It checks the signature only: a receiver also refuses timestamps far from its own clock.
    /// </summary>
    public static bool Verify(string secret, string? eventId, string? timestamp, string body, string? signatureHeader)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(eventId) || string.IsNullOrEmpty(timestamp) || signatureHeader is null)
        {
            return false;
        }

        var expected = Hash(secret, eventId, timestamp, body);
        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];

        // Comma-separated, so that a later scheme can be sent next to this one without breaking receivers.
        foreach (var part in signatureHeader.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith(Scheme + "=", StringComparison.Ordinal)
                && Convert.TryFromBase64String(part[(Scheme.Length + 1)..], given, out var written)
                && written == HMACSHA256.HashSizeInBytes
                && CryptographicOperations.FixedTimeEquals(expected, given))
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] Hash(string secret, string eventId, string timestamp, string body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{eventId}.{timestamp}.{body}"));
    }
}
