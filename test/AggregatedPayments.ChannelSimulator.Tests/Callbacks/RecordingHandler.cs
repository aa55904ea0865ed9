using System.Net;
using System.Text;

namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>Stands in for the merchant's callback endpoint: records what arrives and answers as told.</summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> received = [];

    /// <summary>Status answered to every request; the body is always <c>success</c>.</summary>
    public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;

    public IReadOnlyList<RecordedRequest> Received
    {
        get
        {
            lock (gate)
            {
                return received.ToList();
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        lock (gate)
        {
            received.Add(new RecordedRequest(request.Method, request.RequestUri!, headers, body));
        }

        return new HttpResponseMessage(Answer) { Content = new StringContent("success", Encoding.UTF8, "text/plain") };
    }
}
