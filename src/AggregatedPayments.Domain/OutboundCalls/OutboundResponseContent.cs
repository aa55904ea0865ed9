using System.Net;
using System.Net.Http;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// The answer's body behind the size cap and the call's deadline, however it is read: buffered by
/// <see cref="HttpClient"/>, or streamed by the caller.
/// </summary>
public sealed class OutboundResponseContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly OutboundCallLimits _limits;
    private readonly string _host;
    private readonly CancellationTokenSource _deadline;

    /// <param name="deadline">Owned from here on: disposed with the content.</param>
    public OutboundResponseContent(HttpContent inner, OutboundCallLimits limits, string host, CancellationTokenSource deadline)
    {
        _inner = inner;
        _limits = limits;
        _host = host;
        _deadline = deadline;
        foreach (var (name, values) in inner.Headers)
        {
            Headers.TryAddWithoutValidation(name, values);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var source = await CreateContentReadStreamAsync(cancellationToken);
        await source.CopyToAsync(stream, cancellationToken);
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
        new OutboundResponseStream(await _inner.ReadAsStreamAsync(cancellationToken), _limits, _host, _deadline.Token);

    /// <summary>The length, when the server gave one, is in the copied Content-Length header.</summary>
    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _deadline.Dispose();
        }

        base.Dispose(disposing);
    }
}
