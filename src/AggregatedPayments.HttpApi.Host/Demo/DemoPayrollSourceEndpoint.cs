using System.Globalization;
using AggregatedPayments.Merchants.Credentials;
using Microsoft.AspNetCore.Http.Features;

namespace AggregatedPayments.Demo;

/// <summary>
/// The demo merchant's HR system as an HTTP payroll data source (docs/payroll-data-sources.md): checks the
/// platform's signature in the contract's order (key id, timestamp within five minutes, signature, unused
/// nonce) and answers the fixed demo payroll page by page, the cursor being the offset.
/// </summary>
public static class DemoPayrollSourceEndpoint
{
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(5);

    public static async Task<IResult> HandleAsync(
        HttpContext context, DemoMerchantKeys keys, DemoRequestNonces nonces, TimeProvider clock, int? limit, string? cursor)
    {
        if (await RefusalAsync(context, keys, nonces, clock) is { } refusal)
        {
            return Results.Json(new { error = refusal }, statusCode: StatusCodes.Status401Unauthorized);
        }

        var offset = 0;
        if (cursor is not null && (!int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset > DemoPayroll.Lines.Count))
        {
            return Results.BadRequest(new { error = "unknown cursor" });
        }

        var size = Math.Clamp(limit ?? 500, 1, 1000);
        var page = DemoPayroll.Lines.Skip(offset).Take(size).ToList();
        var next = offset + page.Count;
        return Results.Json(new { items = page, nextCursor = next < DemoPayroll.Lines.Count ? next.ToString(CultureInfo.InvariantCulture) : null });
    }

    private static async Task<string?> RefusalAsync(HttpContext context, DemoMerchantKeys keys, DemoRequestNonces nonces, TimeProvider clock)
    {
        var request = context.Request;
        var credential = await keys.CurrentAsync(context.RequestAborted);
        if (credential is null || request.Headers[MerchantRequestSignature.KeyIdHeader] != credential.KeyId)
        {
            return "unknown key id";
        }

        if (!long.TryParse(request.Headers[MerchantRequestSignature.TimestampHeader], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > AllowedSkew)
        {
            return "timestamp missing or too far from this clock";
        }

        // The target exactly as it came in the request line, still percent-encoded: what the platform signed.
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var nonce = request.Headers[MerchantRequestSignature.NonceHeader].ToString();
        if (!MerchantRequestSignature.Verify(credential.Secret, request.Method, target, timestamp, nonce, [], request.Headers[MerchantRequestSignature.SignatureHeader]))
        {
            return "signature does not match";
        }

        return nonces.TryUse(nonce) ? null : "nonce used before";
    }
}
