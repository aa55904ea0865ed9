namespace AggregatedPayments.Payouts;

/// <summary>
/// Spaces the sends to one channel from this process so that they stay under the provider's request
/// rate (a singleton): each send takes the next free slot, at least 1/rate after the previous one, and
/// waits for it on the platform clock. Per instance, like <see cref="ChannelSendLimiter"/>.
/// </summary>
public sealed class ChannelRatePacer(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, DateTimeOffset> _nextFree = [];

    /// <param name="sendsPerSecond">Zero or less means the channel sets no rate.</param>
    public async Task WaitForSlotAsync(Guid channelId, double sendsPerSecond, CancellationToken cancellationToken)
    {
        if (sendsPerSecond <= 0)
        {
            return;
        }

        var delay = Reserve(channelId, TimeSpan.FromSeconds(1 / sendsPerSecond));
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    private TimeSpan Reserve(Guid channelId, TimeSpan spacing)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var slot = _nextFree.TryGetValue(channelId, out var free) && free > now ? free : now;
            _nextFree[channelId] = slot + spacing;
            return slot - now;
        }
    }
}
