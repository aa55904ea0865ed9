using System.Collections.Concurrent;

namespace AggregatedPayments.Demo;

/// <summary>Nonces seen in the last ten minutes, so a replayed data-source request is refused as the contract asks.</summary>
public sealed class DemoRequestNonces(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <returns>False when the nonce was used within the window.</returns>
    public bool TryUse(string nonce)
    {
        var now = clock.GetUtcNow();
        foreach (var (old, at) in _seen)
        {
            if (now - at > Window)
            {
                _seen.TryRemove(old, out _);
            }
        }

        return nonce.Length > 0 && _seen.TryAdd(nonce, now);
    }
}
