using System.Net.Http.Headers;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Posts one form body to the gateway through the platform's guarded HttpClient and verifies the
/// answer over its raw bytes. It never throws for a network or provider failure: those become an
/// untrusted answer, which every caller treats as "unknown, ask again".
/// </summary>
internal sealed class AlipayGatewayClient(HttpClient http, Uri gateway, AlipayResponseExtractor extractor)
{
    public async Task<AlipayGatewayAnswer> SendAsync(string method, byte[] body, string contentType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AlipayGateway.RequestUri(gateway));
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        byte[] raw;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return AlipayGatewayAnswer.Untrusted($"The gateway answered HTTP {(int)response.StatusCode}.");
            }

            raw = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            // The message names the host as configured and why it failed (refused, not allowed, too large);
            // it carries no parameter value, and an operator needs it to fix the channel.
            return AlipayGatewayAnswer.Untrusted($"The gateway could not be reached ({e.HttpRequestError}): {e.Message}");
        }
        catch (IOException)
        {
            return AlipayGatewayAnswer.Untrusted("The connection broke while the answer was read.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation; the caller did not cancel.
            return AlipayGatewayAnswer.Untrusted("The gateway did not answer in time.");
        }

        var extraction = extractor.Extract(method, raw);
        if (!extraction.IsVerified)
        {
            return AlipayGatewayAnswer.Untrusted($"The answer is not verifiable ({extraction.Outcome}): {extraction.Detail}");
        }

        using var document = extraction.ParseVerifiedContent();
        return AlipayGatewayAnswer.Verified(document.RootElement);
    }
}
