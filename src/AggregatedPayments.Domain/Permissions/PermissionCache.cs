using Microsoft.Extensions.Caching.Memory;

namespace AggregatedPayments.Permissions;

/// <summary>
/// Per-user grants for a few seconds. A change made on this instance evicts at once; other instances
/// see it when the entry expires, which bounds how long a revoked right can linger across a farm.
/// </summary>
public sealed class PermissionCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    // A role change may touch every user: moving to a new generation orphans all entries at once.
    private long _generation;

    private string Key(Guid userId) => $"permissions:{Interlocked.Read(ref _generation)}:{userId:N}";

    public async Task<UserPermissionSet> GetOrLoadAsync(Guid userId, Func<Task<UserPermissionSet>> load)
    {
        var key = Key(userId);
        if (cache.TryGetValue(key, out UserPermissionSet? set) && set is not null)
        {
            return set;
        }

        set = await load();
        cache.Set(key, set, Lifetime);
        return set;
    }

    public void EvictUser(Guid userId) => cache.Remove(Key(userId));

    public void EvictAll() => Interlocked.Increment(ref _generation);
}
