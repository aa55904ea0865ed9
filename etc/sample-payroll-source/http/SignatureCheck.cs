using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace SamplePayrollSource;

/// <summary>
/// Checks the platform's signature on a request: the key id, a timestamp close to this clock, the HMAC-SHA256 of
/// "METHOD\npath-and-query\ntimestamp\nnonce\nsha256-hex-of-body" under the secret, and a nonce not seen before.
/// </summary>
public sealed class SignatureCheck(SampleOptions options, TimeProvider clock)
{
    private static readonly string EmptyBodyHash = Convert.ToHexStringLower(SHA256.HashData([]));

    private readonly ConcurrentDictionary<string, DateTimeOffset> _nonces = new(StringComparer.Ordinal);

    /// <returns>Null when the request is genuine, otherwise why it is not.</returns>
    public string? Refusal(HttpContext context)
    {
        if (options.Secret is null)
        {
            return null;
        }

        var request = context.Request;
        if (request.Headers["X-AP-Key"] != options.KeyId)
        {
            return "unknown key id";
        }

        var now = clock.GetUtcNow();
        if (!long.TryParse(request.Headers["X-AP-Timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || (now - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > options.ClockSkew)
        {
            return "timestamp missing or too far from this clock";
        }

        // The target exactly as it came in the request line, still percent-encoded: what the platform signed.
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var nonce = request.Headers["X-AP-Nonce"].ToString();
        var stringToSign = $"{request.Method}\n{target}\n{timestamp}\n{nonce}\n{EmptyBodyHash}";
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Secret), Encoding.UTF8.GetBytes(stringToSign));
        var given = new byte[HMACSHA256.HashSizeInBytes];
        if (!Convert.TryFromBase64String(request.Headers["X-AP-Signature"].ToString(), given, out var length)
            || length != given.Length
            || !CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return "signature does not match";
        }

        return RememberNonce(nonce, now) ? null : "nonce used before";
    }

    /// <summary>A nonce is kept for twice the allowed skew: a replay older than that fails on its timestamp.</summary>
    private bool RememberNonce(string nonce, DateTimeOffset now)
    {
        foreach (var (old, seen) in _nonces)
        {
            if (now - seen > options.ClockSkew * 2)
            {
                _nonces.TryRemove(old, out _);
            }
        }

        return nonce.Length > 0 && _nonces.TryAdd(nonce, now);
    }
}
