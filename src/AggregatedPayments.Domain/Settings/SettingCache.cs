using Microsoft.Extensions.Caching.Memory;

namespace AggregatedPayments.Settings;

/// <summary>
/// The stored values of one owner (level and provider key) for a short while, by setting name. A change
/// made on this instance evicts at once; other instances see it when the entry expires.
/// </summary>
public sealed class SettingCache(IMemoryCache cache, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyDictionary<string, string>> GetOrLoadAsync(
        SettingOwner owner,
        Func<Task<IReadOnlyDictionary<string, string>>> load)
    {
        var key = Key(owner);
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(key, out Entry? entry) && entry is not null && now < entry.ExpiresAt)
        {
            return entry.Values;
        }

        var values = await load();
        // The expiry is checked against the injected clock too, so that tests can move time.
        cache.Set(key, new Entry(values, now + Lifetime), Lifetime);
        return values;
    }

    public void Evict(SettingOwner owner) => cache.Remove(Key(owner));

    private static string Key(SettingOwner owner) => $"settings:{owner.Level}:{owner.ProviderKey:N}";

    private sealed record Entry(IReadOnlyDictionary<string, string> Values, DateTimeOffset ExpiresAt);
}
