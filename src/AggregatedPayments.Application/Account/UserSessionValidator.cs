using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace AggregatedPayments.Account;

/// <summary>
/// Checks on every request that the token's security stamp is still the user's, that the user is
/// active and that its merchant is not suspended. Answers are cached for a few seconds; changes
/// made on this instance evict them at once, so suspension and password changes bite immediately
/// here and within <see cref="Lifetime"/> on other instances.
/// </summary>
public sealed class UserSessionValidator(
    UserManager<AppUser> users,
    IRepository<Merchant> merchants,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    /// <summary>Null when the session is valid, otherwise the error code to answer with.</summary>
    public async Task<string?> ValidateAsync(Guid userId, Guid? tenantId, string? securityStamp, CancellationToken cancellationToken)
    {
        var state = await cache.GetOrCreateAsync(UserKey(userId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return LoadUserAsync(userId, tenantId);
        });
        if (state is null || state.SecurityStamp != securityStamp)
        {
            return ErrorCodes.Unauthorized;
        }

        if (!state.IsActive)
        {
            return ErrorCodes.UserInactive;
        }

        return tenantId is null || await IsMerchantActiveAsync(tenantId.Value, cancellationToken) ? null : ErrorCodes.MerchantSuspended;
    }

    public void EvictUser(Guid userId) => cache.Remove(UserKey(userId));

    public void EvictMerchant(Guid tenantId) => cache.Remove(MerchantKey(tenantId));

    public async Task<bool> IsMerchantActiveAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(MerchantKey(tenantId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return executer.AnyAsync(
                merchants.QueryNoTracking().Where(m => m.Id == tenantId && m.Status == MerchantStatus.Active), cancellationToken);
        });

    private static string UserKey(Guid userId) => "session:user:" + userId.ToString("N");

    private static string MerchantKey(Guid tenantId) => "session:merchant:" + tenantId.ToString("N");

    private async Task<UserSessionState?> LoadUserAsync(Guid userId, Guid? tenantId)
    {
        using (currentTenant.Change(tenantId))
        {
            var user = await users.FindByIdAsync(userId.ToString());
            return user is null ? null : new UserSessionState(user.SecurityStamp, user.IsActive);
        }
    }
}
