using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;
using Microsoft.Extensions.Caching.Memory;

namespace AggregatedPayments.Permissions;

/// <summary>
/// A permission is held when it is defined for the user's side, its parent chain is held, the user
/// is not prohibited from it, and the user or one of its roles was granted it. Grants are cached per
/// user briefly and evicted at once when they change on this instance.
/// </summary>
public sealed class PermissionChecker(
    ICurrentUser currentUser,
    PermissionDefinitionManager definitions,
    IPermissionGrantStore store,
    PermissionCache cache) : IPermissionChecker
{
    public async Task<bool> IsGrantedAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsAuthenticated)
        {
            return false;
        }

        var set = await LoadAsync(cancellationToken);
        return IsGranted(definitions.GetOrNull(name), set, UserSide);
    }

    public async Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsAuthenticated)
        {
            return new HashSet<string>();
        }

        var set = await LoadAsync(cancellationToken);
        return definitions.All.Where(p => IsGranted(p, set, UserSide)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    private MultiTenancySides UserSide => currentUser.TenantId is null ? MultiTenancySides.Host : MultiTenancySides.Tenant;

    private static bool IsGranted(PermissionDefinition? permission, UserPermissionSet set, MultiTenancySides side)
    {
        for (var current = permission; current is not null; current = current.Parent)
        {
            if (!current.Sides.HasFlag(side) || set.Prohibited.Contains(current.Name) || !set.Granted.Contains(current.Name))
            {
                return false;
            }
        }

        return permission is not null;
    }

    private Task<UserPermissionSet> LoadAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.GetId();
        var tenantId = currentUser.TenantId;
        return cache.GetOrLoadAsync(userId, () => store.GetForUserAsync(tenantId, userId, cancellationToken));
    }
}
