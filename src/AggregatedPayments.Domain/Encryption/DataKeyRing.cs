using System.Collections.Concurrent;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.Encryption;

/// <summary>
/// Keeps unwrapped data keys in memory. Each database step runs in a scope of its own and saves at once:
/// a key must be committed before any value encrypted with it, whatever happens to the caller's unit of work.
/// </summary>
public sealed class DataKeyRing(
    IServiceScopeFactory scopeFactory,
    KeyEncryptionKeys keks,
    TimeProvider clock,
    ILogger<DataKeyRing> logger) : IDataKeyRing
{
    /// <summary>How long an instance encrypts with the primary it knows before looking for a newer one made by another instance.</summary>
    public static readonly TimeSpan PrimaryRefreshInterval = TimeSpan.FromMinutes(5);

    private const int MaxAttempts = 5;

    private readonly ConcurrentDictionary<int, byte[]> _keys = new();
    private readonly SemaphoreSlim _primaryLock = new(1, 1);
    private volatile PrimaryEntry? _primary;

    public async Task<DataKeyMaterial> GetPrimaryAsync(CancellationToken cancellationToken = default)
    {
        if (FreshPrimary() is { } known)
        {
            return known;
        }

        await _primaryLock.WaitAsync(cancellationToken);
        try
        {
            return FreshPrimary() ?? Remember(await LoadOrCreatePrimaryAsync(cancellationToken));
        }
        finally
        {
            _primaryLock.Release();
        }
    }

    public async Task<byte[]> GetKeyAsync(int keyId, CancellationToken cancellationToken = default)
    {
        if (_keys.TryGetValue(keyId, out var cached))
        {
            return cached;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<IRepository<DataKey>>();
        var executer = scope.ServiceProvider.GetRequiredService<IAsyncQueryExecuter>();
        var row = await executer.FirstOrDefaultAsync(keys.QueryNoTracking().Where(k => k.KeyId == keyId), cancellationToken)
                  ?? throw new BusinessException(ErrorCodes.DecryptionFailed, $"The data key {keyId} does not exist.");
        return _keys.GetOrAdd(keyId, row.Unwrap(keks));
    }

    public async Task<int> RotateAsync(CancellationToken cancellationToken = default)
    {
        await _primaryLock.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                // A lost race means another instance rotated meanwhile: rotate past its key.
                if (await TryAddPrimaryAsync(onlyIfNone: false, cancellationToken) is { } created)
                {
                    return Remember(created).KeyId;
                }
            }

            throw new ConflictException(ErrorCodes.ConcurrencyConflict, "The data key could not be rotated: other instances kept rotating.");
        }
        finally
        {
            _primaryLock.Release();
        }
    }

    public async Task<int> RewrapAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<IRepository<DataKey>>();
        var executer = scope.ServiceProvider.GetRequiredService<IAsyncQueryExecuter>();
        var rows = await executer.ToListAsync(keys.Query().OrderBy(k => k.KeyId), cancellationToken);
        var rewrapped = rows.Count(row => row.RewrapWithCurrent(keks));
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
        logger.LogInformation("Rewrapped {Count} data key(s) under the key-encryption key {KekId}", rewrapped, keks.Current.Id);
        return rewrapped;
    }

    private DataKeyMaterial? FreshPrimary()
    {
        var primary = _primary;
        return primary is not null && clock.GetUtcNow() < primary.RefreshAt ? primary.Material : null;
    }

    private DataKeyMaterial Remember(DataKeyMaterial material)
    {
        _keys[material.KeyId] = material.Key;
        _primary = new PrimaryEntry(material, clock.GetUtcNow() + PrimaryRefreshInterval);
        return material;
    }

    private async Task<DataKeyMaterial> LoadOrCreatePrimaryAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            await using (var scope = scopeFactory.CreateAsyncScope())
            {
                var keys = scope.ServiceProvider.GetRequiredService<IRepository<DataKey>>();
                var executer = scope.ServiceProvider.GetRequiredService<IAsyncQueryExecuter>();
                var primary = await executer.FirstOrDefaultAsync(
                    keys.QueryNoTracking().Where(k => k.IsPrimary).OrderByDescending(k => k.KeyId), cancellationToken);
                if (primary is not null)
                {
                    return new DataKeyMaterial(primary.KeyId, _keys.GetOrAdd(primary.KeyId, _ => primary.Unwrap(keks)));
                }
            }

            // None yet: the first instance to insert key 1 wins, the others read it on the next pass.
            if (await TryAddPrimaryAsync(onlyIfNone: true, cancellationToken) is { } created)
            {
                return created;
            }
        }

        throw new ConflictException(ErrorCodes.ConcurrencyConflict, "No primary data key could be read or created.");
    }

    /// <summary>
    /// Null when another instance changed the keys first (same key id, or the old primary moved on), or,
    /// with <paramref name="onlyIfNone"/>, when a key already exists: a first key found meanwhile is used, not rotated past.
    /// </summary>
    private async Task<DataKeyMaterial?> TryAddPrimaryAsync(bool onlyIfNone, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<IRepository<DataKey>>();
        var executer = scope.ServiceProvider.GetRequiredService<IAsyncQueryExecuter>();
        var previous = await executer.FirstOrDefaultAsync(keys.Query().Where(k => k.IsPrimary).OrderByDescending(k => k.KeyId), cancellationToken);
        var last = await executer.FirstOrDefaultAsync(keys.QueryNoTracking().OrderByDescending(k => k.KeyId).Select(k => (int?)k.KeyId), cancellationToken);
        if (onlyIfNone && last is not null)
        {
            return null;
        }

        var keyBytes = KeyEncryptionKey.NewDataKey();
        var created = DataKey.CreatePrimary(previous, last ?? 0, keks.Current, keyBytes);
        await keys.InsertAsync(created, cancellationToken);
        try
        {
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException exception)
        {
            logger.LogInformation(exception, "Data key {KeyId} was created by another instance first", created.KeyId);
            return null;
        }

        logger.LogInformation("Created primary data key {KeyId}", created.KeyId);
        return new DataKeyMaterial(created.KeyId, keyBytes);
    }

    private sealed record PrimaryEntry(DataKeyMaterial Material, DateTimeOffset RefreshAt);
}
