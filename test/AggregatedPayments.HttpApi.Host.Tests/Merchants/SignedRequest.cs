using System.Net.Http.Headers;
using System.Text;
using AggregatedPayments.Merchants.Credentials;

namespace AggregatedPayments.Merchants;

/// <summary>A request as a merchant's system signs it: each test spoils exactly one part of it.</summary>
public sealed class SignedRequest(ApiKey key, HttpMethod method, string pathAndQuery, string? jsonBody = null)
{
    public DateTimeOffset? Time { get; init; }

    public string Nonce { get; init; } = "n" + Guid.NewGuid().ToString("N");

    /// <summary>Signs with this secret instead of the key's.</summary>
    public string? SigningSecret { get; init; }

    /// <summary>Sent instead of the body that was signed.</summary>
    public string? SentBody { get; init; }

    public HttpRequestMessage Build(TimeProvider clock)
    {
        var timestamp = (Time ?? clock.GetUtcNow()).ToUnixTimeSeconds();
        var signed = Encoding.UTF8.GetBytes(jsonBody ?? "");
        var request = new HttpRequestMessage(method, pathAndQuery);
        var sent = SentBody ?? jsonBody;
        if (sent is not null)
        {
            request.Content = new StringContent(sent, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        request.Headers.Add(MerchantRequestSignature.KeyIdHeader, key.KeyId);
        request.Headers.Add(MerchantRequestSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(MerchantRequestSignature.NonceHeader, Nonce);
        request.Headers.Add(MerchantRequestSignature.SignatureHeader,
            MerchantRequestSignature.Compute(SigningSecret ?? key.Secret, method.Method, pathAndQuery, timestamp, Nonce, signed));
        return request;
    }
}
