namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// Reads an answer's body and fails once more than the allowed bytes arrive, or once the call's deadline
/// passes — a server that trickles an endless body is stopped either way. Asynchronous reads only,
/// since a blocked synchronous read could not be stopped at the deadline.
/// </summary>
public sealed class OutboundResponseStream(Stream inner, OutboundCallLimits limits, string host, CancellationToken deadline) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // One byte beyond the limit is enough to know the body is too large; no need to fetch more.
        var left = limits.MaxResponseBytes - _read;
        var wanted = left < buffer.Length ? (int)left + 1 : buffer.Length;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline);
        int count;
        try
        {
            count = await inner.ReadAsync(buffer[..wanted], linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw OutboundCallTimeout.Create(host);
        }

        _read += count;
        return _read > limits.MaxResponseBytes ? throw OutboundCallException.ResponseTooLarge(host, limits.MaxResponseBytes) : count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Outbound answers are read asynchronously only.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }
}
