using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AggregatedPayments.Notifications;

/// <summary>
/// The signature on a notification: "v1=" followed by the base64 HMAC-SHA256, keyed with the UTF-8 bytes
/// of the merchant's API secret, over "{eventId}.{timestamp}.{body}" — the event id and timestamp exactly
/// as their headers carry them, the body exactly as sent. The string to sign is never logged. Receivers
/// check it with the snippets of docs/merchant-notifications.md.
/// </summary>
public static class MerchantNotificationSignature
{
    public const string Scheme = "v1";

    public static string Compute(string secret, string eventId, long timestampUnixSeconds, string body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var signed = $"{eventId}.{timestampUnixSeconds.ToString(CultureInfo.InvariantCulture)}.{body}";
        return $"{Scheme}={Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(signed)))}";
    }

    /// <summary>Whether <paramref name="signature"/> is exactly the one <see cref="Compute"/> gives, compared in constant time.</summary>
    public static bool Verify(string secret, string eventId, long timestampUnixSeconds, string body, string? signature) =>
        signature is not null
        && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(Compute(secret, eventId, timestampUnixSeconds, body)), Encoding.UTF8.GetBytes(signature));
}
