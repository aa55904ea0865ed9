using System.Collections.Concurrent;

namespace AggregatedPayments.Interception;

/// <summary>
/// Counts requests per rule and client in fixed windows aligned to the clock (a 60-second window
/// starts on each minute), so the wait a refused client is told is exact. Counters live in this
/// instance's memory: behind N instances a client may get up to N times the limit, which is the
/// price of not touching the database on every request.
/// </summary>
public sealed class RateLimitCounter(TimeProvider clock)
{
    private static readonly long SweepIntervalTicks = TimeSpan.FromMinutes(1).Ticks;

    private readonly ConcurrentDictionary<(Guid RuleId, string ClientKey), Window> _windows = new();
    private long _nextSweepTicks;

    /// <summary>How many rule and client windows are held in memory, for monitoring.</summary>
    public int TrackedWindowCount => _windows.Count;

    /// <summary>Takes one permit; null when granted, otherwise how long until the window ends.</summary>
    public TimeSpan? TryAcquire(Guid ruleId, string clientKey, int permitLimit, TimeSpan window)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var end = now - (now % window.Ticks) + window.Ticks;
        SweepIfDue(now);
        while (true)
        {
            var counter = _windows.GetOrAdd((ruleId, clientKey), _ => new Window());
            lock (counter)
            {
                if (counter.IsRemoved)
                {
                    continue;
                }

                if (counter.EndTicks != end)
                {
                    counter.EndTicks = end;
                    counter.Count = 0;
                }

                if (counter.Count < permitLimit)
                {
                    counter.Count++;
                    return null;
                }

                return TimeSpan.FromTicks(end - now);
            }
        }
    }

    // Windows of clients that went quiet would otherwise stay forever; one pass a minute drops them.
    private void SweepIfDue(long now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now < due || Interlocked.CompareExchange(ref _nextSweepTicks, now + SweepIntervalTicks, due) != due)
        {
            return;
        }

        foreach (var (key, counter) in _windows)
        {
            lock (counter)
            {
                if (counter.EndTicks <= now)
                {
                    counter.IsRemoved = true;
                    _windows.TryRemove(KeyValuePair.Create(key, counter));
                }
            }
        }
    }

    private sealed class Window
    {
        public long EndTicks { get; set; }

        public int Count { get; set; }

        public bool IsRemoved { get; set; }
    }
}
