using System.Net;
using System.Net.Http.Headers;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// POSTs one JSON body, signed per send, through the platform's guarded HttpClient, and verifies the
/// answer: the provider signs <c>template(POST, our request's path, its timestamp header, its raw
/// body)</c> with the same secret and puts it in the same signature header. It never throws for a
/// network or provider failure: a timeout, a 5xx, a 429 or an unverifiable answer is untrusted,
/// which every caller treats as "unknown, ask again".
/// </summary>
public sealed class GenericHttpClient(HttpClient http, GenericHttpSettings settings, TimeProvider clock)
{
    public async Task<GenericHttpAnswer> PostAsync(Uri address, byte[] body, CancellationToken cancellationToken)
    {
        var exchange = await ExchangeAsync(address, body, cancellationToken);
        if (exchange.Body is not { } raw)
        {
            return GenericHttpAnswer.Untrusted(exchange.Failure!);
        }

        return GenericHttpDocument.TryParse(raw, settings) is { } document
            ? GenericHttpAnswer.Verified(exchange.StatusCode, document)
            : GenericHttpAnswer.Untrusted($"The HTTP {exchange.StatusCode} answer is not a JSON object.");
    }

    /// <summary>Sends and verifies, leaving the verified body unread: a statement may be JSON lines rather than one object.</summary>
    public async Task<GenericHttpExchange> ExchangeAsync(Uri address, byte[] body, CancellationToken cancellationToken)
    {
        var path = address.AbsolutePath;
        var timestamp = GenericHttpTimestamp.Now(clock);
        using var request = new HttpRequestMessage(HttpMethod.Post, address);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(GenericHttpJson.ContentType);
        request.Headers.TryAddWithoutValidation(settings.TimestampHeader, timestamp);
        request.Headers.TryAddWithoutValidation(settings.MerchantIdHeader, settings.MerchantId);
        request.Headers.TryAddWithoutValidation(
            settings.SignatureHeader,
            settings.Signer.Sign(GenericHttpCanonicalString.Build(settings.CanonicalTemplate, "POST", path, timestamp, body)));

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return GenericHttpExchange.Untrusted($"The provider answered HTTP {status}.");
            }

            var raw = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return Verify(status, path, Header(response, settings.TimestampHeader), Header(response, settings.SignatureHeader), raw);
        }
        catch (HttpRequestException e)
        {
            // The message names the host and why it failed, never a parameter value; an operator needs it.
            return GenericHttpExchange.Untrusted($"The provider could not be reached ({e.HttpRequestError}): {e.Message}");
        }
        catch (IOException)
        {
            return GenericHttpExchange.Untrusted("The connection broke while the answer was read.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation; the caller did not cancel.
            return GenericHttpExchange.Untrusted("The provider did not answer in time.");
        }
    }

    private GenericHttpExchange Verify(int status, string path, string? timestamp, string? signature, byte[] raw) =>
        timestamp is not null && settings.Signer.Verify(GenericHttpCanonicalString.Build(settings.CanonicalTemplate, "POST", path, timestamp, raw), signature)
            ? new GenericHttpExchange(status, raw, null)
            : GenericHttpExchange.Untrusted($"The HTTP {status} answer's signature does not verify.");

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? values.FirstOrDefault()
            : null;
}
