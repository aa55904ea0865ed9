using System.Security.Cryptography;
using System.Text;

namespace AggregatedPayments.Notifications;

/// <summary>
/// The C# verification snippet of docs/merchant-notifications.md, as a merchant would paste it: only the
/// BCL, none of the platform's code. The test endpoint checks every delivery with it, and a test keeps the
/// documented text and this one identical.
/// </summary>
public static class MerchantNotificationVerifier
{
    // snippet:begin
    public static bool IsGenuine(string secret, string eventId, string timestamp, string body, string signatureHeader, DateTimeOffset now)
    {
        // Refuse old or future messages, so a captured request cannot be replayed later.
        if (!long.TryParse(timestamp, out var seconds) || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300)
        {
            return false;
        }

        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{eventId}.{timestamp}.{body}"));
        var expected = Encoding.ASCII.GetBytes("v1=" + Convert.ToBase64String(mac));
        return signatureHeader.Split(',')
            .Any(part => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(part.Trim()), expected));
    }
    // snippet:end
}
