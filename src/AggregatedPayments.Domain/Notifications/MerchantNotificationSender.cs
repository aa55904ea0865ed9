using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using AggregatedPayments.Merchants.Credentials;
using AggregatedPayments.Merchants.Policies;
using AggregatedPayments.OutboundCalls;

namespace AggregatedPayments.Notifications;

/// <summary>
/// Makes one try: reads the merchant's notify address and current API secret as they are now (a merchant
/// may fix either while a round runs), signs, and posts through the outbound guard — its resolved-IP
/// check, no redirects, its size and time caps. Only a 2xx acknowledges. A failure to reach the endpoint
/// is an outcome, not an exception: the round's schedule decides what follows.
/// </summary>
public sealed class MerchantNotificationSender(
    IOutboundHttpClientFactory clients,
    IMerchantPayoutPolicyReader policies,
    IMerchantSigningCredentials credentials,
    TimeProvider clock)
{
    /// <summary>The outbound calls' purpose: its limits may be set under <c>OutboundCalls:Purposes:MerchantNotification</c>.</summary>
    public const string Purpose = "MerchantNotification";

    private static readonly ProductInfoHeaderValue UserAgent = new("AggregatedPayments-Notifications", "1");

    public async Task<MerchantNotificationOutcome> SendAsync(MerchantNotification notification, CancellationToken cancellationToken)
    {
        var merchantId = notification.TenantId!.Value;
        var policy = await policies.GetAsync(merchantId, cancellationToken);
        if (string.IsNullOrWhiteSpace(policy.NotifyUrl))
        {
            return MerchantNotificationOutcome.NotSent(MerchantNotificationErrorKind.NoAddress);
        }

        if (!OutboundUrl.TryParse(policy.NotifyUrl, out var target))
        {
            return MerchantNotificationOutcome.NotSent(MerchantNotificationErrorKind.InvalidAddress);
        }

        if (await credentials.GetCurrentAsync(merchantId, cancellationToken) is not { } credential)
        {
            return MerchantNotificationOutcome.NotSent(MerchantNotificationErrorKind.NoSigningKey);
        }

        using var request = Sign(notification, target, credential);
        var started = clock.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(Purpose).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var excerpt = await ReadExcerptAsync(response.Content, cancellationToken);
            var status = (int)response.StatusCode;
            return new MerchantNotificationOutcome(
                credential.KeyId, status, response.IsSuccessStatusCode ? null : MerchantNotificationErrorKind.NotAcknowledged, Elapsed(started), excerpt);
        }
        catch (OutboundCallException refused)
        {
            return new MerchantNotificationOutcome(credential.KeyId, null, KindOf(refused), Elapsed(started), null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new MerchantNotificationOutcome(credential.KeyId, null, MerchantNotificationErrorKind.Timeout, Elapsed(started), null);
        }
        catch (HttpRequestException)
        {
            // The exception's text may name addresses inside the platform's network: the kind is all that is kept.
            return new MerchantNotificationOutcome(credential.KeyId, null, MerchantNotificationErrorKind.ConnectionFailed, Elapsed(started), null);
        }
    }

    private HttpRequestMessage Sign(MerchantNotification notification, Uri target, MerchantSigningCredential credential)
    {
        var eventId = notification.Id.ToString("D");
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = new StringContent(notification.Body, new UTF8Encoding(false), "application/json")
        };
        request.Headers.UserAgent.Add(UserAgent);
        request.Headers.Add(MerchantNotificationHeaders.EventId, eventId);
        request.Headers.Add(MerchantNotificationHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(MerchantNotificationHeaders.KeyId, credential.KeyId);
        request.Headers.Add(MerchantNotificationHeaders.Signature, MerchantNotificationSignature.Compute(credential.Secret, eventId, timestamp, notification.Body));
        return request;
    }

    /// <summary>Reads no more of the answer than is kept: an endpoint's page of HTML costs one buffer, not the cap.</summary>
    private static async Task<string?> ReadExcerptAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = new byte[MerchantNotificationConsts.MaxResponseExcerptLength];
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled == 0 ? null : Encoding.UTF8.GetString(buffer, 0, filled);
    }

    private static MerchantNotificationErrorKind KindOf(OutboundCallException refused) => refused.Code switch
    {
        OutboundCallsErrorCodes.AddressNotAllowed => MerchantNotificationErrorKind.AddressNotAllowed,
        OutboundCallsErrorCodes.InvalidAddress => MerchantNotificationErrorKind.InvalidAddress,
        OutboundCallsErrorCodes.ResponseTooLarge => MerchantNotificationErrorKind.ResponseTooLarge,
        _ => MerchantNotificationErrorKind.ConnectionFailed
    };

    private long Elapsed(long started) => (long)clock.GetElapsedTime(started).TotalMilliseconds;
}
