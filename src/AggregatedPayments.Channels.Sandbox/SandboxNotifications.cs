using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// Signs and verifies sandbox callbacks, Stripe-style: HMAC-SHA256 with the merchant's secret over
/// "timestamp.body", the timestamp (Unix seconds) and the lowercase hex signature in headers. A
/// callback older or newer than <see cref="Tolerance"/> by the injected clock is refused, so a
/// captured one cannot be replayed later. Pure: the clock and secret come from the caller.
/// </summary>
public static class SandboxNotifications
{
    public const string TimestampHeader = "X-Sandbox-Timestamp";

    public const string SignatureHeader = "X-Sandbox-Signature";

    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static readonly NotificationAcknowledgement Success = new(200, "text/plain", "success");

    /// <summary>Any answer but "success" makes the sender retry, which is what an unverified callback needs.</summary>
    public static readonly NotificationAcknowledgement Retry = new(400, "text/plain", "fail");

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter() }
    };

    public static NotificationRequest Create(SandboxPayout payout, string secret, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(payout);
        ArgumentException.ThrowIfNullOrEmpty(secret);

        var body = JsonSerializer.SerializeToUtf8Bytes(
            new SandboxNotificationBody(
                payout.Key, payout.Reference, payout.State, payout.Amount.Minor, payout.Amount.Currency, payout.Amount.Exponent,
                payout.Failure?.Code),
            Options);
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>
        {
            [TimestampHeader] = timestamp,
            [SignatureHeader] = Convert.ToHexStringLower(Sign(secret, timestamp, body))
        };
        return new NotificationRequest(headers, body, "application/json");
    }

    public static NotificationResult Verify(NotificationRequest request, string secret, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(secret);

        if (!IsAuthentic(request, secret, now) || TryRead(request.Body) is not { } body)
        {
            return new NotificationResult(false, null, TryRead(request.Body)?.Key, Retry);
        }

        var amount = new ChannelAmount(body.AmountMinor, body.Currency, body.Exponent);
        var failure = body.FailureCode is null ? null : new ProviderError(body.FailureCode, null, null);
        return new NotificationResult(true, new NotificationEvent(body.Key, body.Reference, body.State, amount, failure), null, Success);
    }

    private static bool IsAuthentic(NotificationRequest request, string secret, DateTimeOffset now)
    {
        if (Header(request, TimestampHeader) is not { } timestamp
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance
            || Header(request, SignatureHeader) is not { Length: 64 } signatureHex)
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(signature, Sign(secret, timestamp, request.Body));
    }

    private static byte[] Sign(string secret, string timestamp, byte[] body)
    {
        byte[] signed = [.. Encoding.UTF8.GetBytes(timestamp + "."), .. body];
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }

    /// <summary>Headers arrive in whatever case the transport kept; HTTP header names are case-insensitive.</summary>
    private static string? Header(NotificationRequest request, string name) =>
        request.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static SandboxNotificationBody? TryRead(byte[] body)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<SandboxNotificationBody>(body, Options);
            if (parsed is null || string.IsNullOrWhiteSpace(parsed.Key))
            {
                return null;
            }

            // The contract's own amount checks, so a verified body never throws later.
            _ = new ChannelAmount(parsed.AmountMinor, parsed.Currency, parsed.Exponent);
            return parsed;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return null;
        }
    }
}
