using System.Collections.Concurrent;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Caps the sends in flight to one channel from this process (a singleton). It is per instance, not
/// cluster-wide: N host instances may together send N times the limit, which the configured limit must allow for.
/// </summary>
public sealed class ChannelSendLimiter
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _byChannel = new();

    /// <param name="limit">Taken when the channel is first seen by this process; a changed limit applies after a restart.</param>
    public async Task<IDisposable> EnterAsync(Guid channelId, int limit, CancellationToken cancellationToken)
    {
        var gate = _byChannel.GetOrAdd(channelId, _ => new SemaphoreSlim(limit, limit));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
