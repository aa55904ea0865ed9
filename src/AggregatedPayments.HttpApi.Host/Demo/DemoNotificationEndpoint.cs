using System.Globalization;
using System.Text;
using System.Text.Json;
using AggregatedPayments.Notifications;

namespace AggregatedPayments.Demo;

/// <summary>
/// The demo merchant's notify address: checks the signature as docs/merchant-notifications.md tells a merchant
/// to (v1 HMAC-SHA256 over "eventId.timestamp.body" with its API secret), acknowledges a genuine notification
/// with 200 and refuses any other with 401, and records both for <c>GET /demo/notifications</c>.
/// </summary>
public static class DemoNotificationEndpoint
{
    public static async Task<IResult> ReceiveAsync(HttpContext context, DemoMerchantKeys keys, DemoNotificationInbox inbox, TimeProvider clock)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, new UTF8Encoding(false));
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var eventId = Header(request, MerchantNotificationHeaders.EventId);
        var keyId = Header(request, MerchantNotificationHeaders.KeyId);
        var credential = await keys.CurrentAsync(context.RequestAborted);
        var valid = credential is not null
            && keyId == credential.KeyId
            && eventId is not null
            && long.TryParse(Header(request, MerchantNotificationHeaders.Timestamp), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            && MerchantNotificationSignature.Verify(credential.Secret, eventId, timestamp, body, Header(request, MerchantNotificationHeaders.Signature));
        inbox.Add(new DemoReceivedNotification(eventId, keyId, clock.GetUtcNow().UtcDateTime, valid, Parse(body)));
        return valid ? Results.Ok(new { received = eventId }) : Results.Json(new { error = "signature does not match" }, statusCode: StatusCodes.Status401Unauthorized);
    }

    public static IResult List(DemoNotificationInbox inbox) => Results.Json(inbox.List());

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;

    private static JsonElement? Parse(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
