namespace AggregatedPayments.Merchants;

/// <summary>When this instance last purged expired nonces; a singleton.</summary>
internal sealed class ApiRequestNoncePurgeSchedule
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private long _nextTicks;

    /// <summary>True for the one caller that should purge now.</summary>
    public bool TryStart(DateTime utcNow)
    {
        var next = Interlocked.Read(ref _nextTicks);
        return utcNow.Ticks >= next && Interlocked.CompareExchange(ref _nextTicks, (utcNow + Interval).Ticks, next) == next;
    }
}
