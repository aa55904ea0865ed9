using System.Net.Http.Headers;
using System.Text.Json;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Puts the notification parser's outcome into the contract's terms: an event and <c>success</c>
/// only when verified; otherwise no event, at most a key to query by, and an answer that makes
/// Alipay retry.
/// </summary>
internal static class AlipayNotificationMapper
{
    private const string TextPlain = "text/plain";

    /// <summary>Alipay stops retrying on exactly this body; the status code does not matter to it.</summary>
    private static readonly NotificationAcknowledgement Success = new(200, TextPlain, AlipayNotificationResult.SuccessAcknowledgement);

    private static readonly NotificationAcknowledgement Refusal = new(400, TextPlain, "fail");

    /// <summary>The charset named by the Content-Type, or null when there is none.</summary>
    public static string? Charset(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.CharSet : null;

    public static NotificationResult Map(AlipayNotificationResult result)
    {
        if (result.Notification is not { } notification)
        {
            return new NotificationResult(false, null, UnverifiedKey(result.Parameters), Refusal);
        }

        var state = AlipayTransferStatuses.Map(notification.Status);
        var failure = state == ChannelPayoutState.Failed
            ? new ProviderError(notification.ErrorCode ?? "FAIL", null, notification.FailReason)
            : null;
        var amount = AlipayAmount.TryParseYuan(notification.TransAmount, out var fen) ? AlipayCny.FromFen(fen) : null;

        // The event is only a hint that schedules a query, so an unmapped status is reported as
        // still processing: the query, not this message, decides the state.
        var notificationEvent = new NotificationEvent(
            notification.OutBizNo, notification.OrderId, state ?? ChannelPayoutState.Processing, amount, failure);
        return new NotificationResult(true, notificationEvent, null, Success);
    }

    /// <summary>
    /// The out_biz_no an unverified message claims, only as a clue for a query; anything that is
    /// not a key we could have made is dropped.
    /// </summary>
    private static string? UnverifiedKey(IReadOnlyList<KeyValuePair<string, string>>? parameters)
    {
        var bizContent = parameters?.FirstOrDefault(p => p.Key == AlipayParameterNames.BizContent).Value;
        if (string.IsNullOrEmpty(bizContent))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bizContent);
            var key = document.RootElement.ValueKind == JsonValueKind.Object
                      && document.RootElement.TryGetProperty("out_biz_no", out var value)
                      && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
            return AlipayOutBizNo.IsValid(key) ? key : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
