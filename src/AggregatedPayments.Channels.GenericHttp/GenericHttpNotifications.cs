namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// Verifies and reads a callback. The provider signs the notification template (by default
/// <c>{timestamp}\n{raw body}</c>: our callback path is ours, so it is not part of what it signs) with
/// the merchant's secret, in the configured signature and timestamp headers; a timestamp outside the
/// window is refused as a replay. The body is read through the response mapping (key, status,
/// providerReference, amount, currency, errorCode).
/// </summary>
public static class GenericHttpNotifications
{
    public static readonly NotificationAcknowledgement Success = new(200, "text/plain", "success");

    /// <summary>Anything but a 2xx makes the provider send the callback again.</summary>
    public static readonly NotificationAcknowledgement Retry = new(400, "text/plain", "fail");

    public static NotificationResult VerifyAndParse(NotificationRequest request, GenericHttpSettings settings, TimeProvider clock)
    {
        var document = GenericHttpDocument.TryParse(request.Body, settings);
        var clue = document?.Text(GenericHttpFields.Key);
        var timestamp = Header(request, settings.TimestampHeader);
        if (timestamp is null || !GenericHttpTimestamp.IsFresh(timestamp, clock, settings.NotificationWindow)
            || !settings.Signer.Verify(
                GenericHttpCanonicalString.Build(settings.NotificationTemplate, "POST", string.Empty, timestamp, request.Body),
                Header(request, settings.SignatureHeader))
            || document is null || clue is null)
        {
            return new NotificationResult(false, null, clue, Retry);
        }

        // An unmapped status still names the payout: the event is only a hint, and the platform
        // queries the provider before any money moves, so it is passed on as still processing.
        var state = document.Status.State ?? ChannelPayoutState.Processing;
        var currency = document.Text(GenericHttpFields.Currency);
        var amount = currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper)
            ? document.Amount(GenericHttpFields.Amount, currency, settings.AmountExponent)
            : null;
        var failure = state is ChannelPayoutState.Failed or ChannelPayoutState.Cancelled or ChannelPayoutState.Returned ? document.Error : null;
        return new NotificationResult(
            true,
            new NotificationEvent(clue, document.Text(GenericHttpFields.ProviderReference), state, amount, failure),
            null,
            Success);
    }

    private static string? Header(NotificationRequest request, string name) =>
        request.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
