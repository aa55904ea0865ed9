namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>
/// Makes the due callbacks, as the provider would: a POST of the exact bytes and headers to the
/// target. Anything but a 2xx counts as not delivered and stays queued for the next round, the way
/// providers retry until acknowledged.
/// </summary>
public sealed class CallbackDelivery(CallbackOutbox outbox, IHttpClientFactory httpClients)
{
    /// <summary>The named client deliveries go through (tests replace its handler).</summary>
    public const string HttpClientName = "sim-callbacks";

    public async Task<IReadOnlyList<DeliveryResult>> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var due = outbox.TakeDue();
        var results = new List<DeliveryResult>(due.Count);
        var failed = new List<QueuedCallback>();
        using var http = httpClients.CreateClient(HttpClientName);
        foreach (var queued in due)
        {
            var result = await SendAsync(http, queued, cancellationToken);
            results.Add(result);
            if (!result.Delivered)
            {
                failed.Add(queued);
            }
        }

        outbox.Requeue(failed);
        return results;
    }

    private static async Task<DeliveryResult> SendAsync(HttpClient http, QueuedCallback queued, CancellationToken cancellationToken)
    {
        var callback = queued.Callback;
        using var request = new HttpRequestMessage(HttpMethod.Post, callback.Target);
        request.Content = new ByteArrayContent(callback.Body);
        request.Content.Headers.TryAddWithoutValidation("Content-Type", callback.ContentType);
        foreach (var (name, value) in callback.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return new DeliveryResult(queued.Id, (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException exception)
        {
            return new DeliveryResult(queued.Id, 0, exception.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(queued.Id, 0, "The target did not answer in time.");
        }
    }
}
