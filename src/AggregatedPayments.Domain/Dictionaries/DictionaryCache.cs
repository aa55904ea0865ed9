using Microsoft.Extensions.Caching.Memory;

namespace AggregatedPayments.Dictionaries;

/// <summary>
/// Dictionaries as read by forms and validation, kept in memory. Any saved change to a dictionary or
/// an error entry evicts everything on this instance at once; other instances see it when their
/// entries expire, which bounds how long an edit can take to reach a whole farm.
/// </summary>
public sealed class DictionaryCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    // Changes are rare and dictionaries small: one generation for all of them keeps eviction trivially
    // correct. A load that began before an eviction stores its result under the old, orphaned key.
    private long _generation;

    /// <summary><paramref name="shouldCache"/> can keep a result out of the cache, so that unknown keys cannot fill it.</summary>
    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load, Func<T, bool>? shouldCache = null)
        where T : class
    {
        var fullKey = $"dictionaries:{Interlocked.Read(ref _generation)}:{key}";
        if (cache.TryGetValue(fullKey, out T? value) && value is not null)
        {
            return value;
        }

        value = await load();
        if (shouldCache?.Invoke(value) ?? true)
        {
            cache.Set(fullKey, value, Lifetime);
        }

        return value;
    }

    public void EvictAll() => Interlocked.Increment(ref _generation);
}
