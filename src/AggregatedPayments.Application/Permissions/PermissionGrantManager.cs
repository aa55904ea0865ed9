using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Permissions;

/// <summary>
/// Writes grants for the current tenant's roles and users. Only permissions defined for that side
/// may be stored, and only users carry prohibitions. Every change evicts cached grants.
/// </summary>
public sealed class PermissionGrantManager(
    IRepository<PermissionGrant> grants,
    IAsyncQueryExecuter executer,
    PermissionDefinitionManager definitions,
    ICurrentTenant currentTenant,
    PermissionCache cache)
{
    public MultiTenancySides CurrentSide => currentTenant.Id is null ? MultiTenancySides.Host : MultiTenancySides.Tenant;

    public async Task<Dictionary<string, PermissionState>> GetStatesAsync(PermissionGrantee grantee, Guid granteeId, CancellationToken cancellationToken)
    {
        var rows = await executer.ToListAsync(
            grants.QueryNoTracking().Where(g => g.Grantee == grantee && g.GranteeId == granteeId), cancellationToken);
        return rows.ToDictionary(g => g.Name, g => g.IsProhibition ? PermissionState.Prohibited : PermissionState.Granted, StringComparer.Ordinal);
    }

    public async Task SetAsync(PermissionGrantee grantee, Guid granteeId, IEnumerable<(string Name, PermissionState State)> changes, CancellationToken cancellationToken)
    {
        var changeList = changes.ToList();
        foreach (var (name, state) in changeList)
        {
            Validate(grantee, name, state);
        }

        var names = changeList.Select(c => c.Name).ToList();
        var existing = await executer.ToListAsync(
            grants.Query().Where(g => g.Grantee == grantee && g.GranteeId == granteeId && names.Contains(g.Name)), cancellationToken);
        foreach (var (name, state) in changeList)
        {
            var current = existing.FirstOrDefault(g => g.Name == name);
            if (current is not null)
            {
                grants.Delete(current);
            }

            if (state != PermissionState.NotSet)
            {
                await grants.InsertAsync(Create(grantee, granteeId, name, state == PermissionState.Prohibited), cancellationToken);
            }
        }

        Evict(grantee, granteeId);
    }

    /// <summary>Removes every grant and prohibition of a role or user that is being deleted; the caller saves.</summary>
    public async Task RemoveAllAsync(PermissionGrantee grantee, Guid granteeId, CancellationToken cancellationToken)
    {
        var rows = await executer.ToListAsync(grants.Query().Where(g => g.Grantee == grantee && g.GranteeId == granteeId), cancellationToken);
        foreach (var row in rows)
        {
            grants.Delete(row);
        }

        Evict(grantee, granteeId);
    }

    /// <summary>Gives the role every permission of the current side it does not hold yet (the static admin role).</summary>
    public async Task GrantAllAsync(Guid roleId, CancellationToken cancellationToken)
    {
        var held = await executer.ToListAsync(
            grants.QueryNoTracking().Where(g => g.Grantee == PermissionGrantee.Role && g.GranteeId == roleId).Select(g => g.Name), cancellationToken);
        var missing = definitions.ForSide(CurrentSide).Select(p => p.Name).Except(held, StringComparer.Ordinal).ToList();
        foreach (var name in missing)
        {
            await grants.InsertAsync(Create(PermissionGrantee.Role, roleId, name, isProhibition: false), cancellationToken);
        }

        if (missing.Count > 0)
        {
            cache.EvictAll();
        }
    }

    private void Evict(PermissionGrantee grantee, Guid granteeId)
    {
        if (grantee == PermissionGrantee.User)
        {
            cache.EvictUser(granteeId);
        }
        else
        {
            cache.EvictAll();
        }
    }

    private PermissionGrant Create(PermissionGrantee grantee, Guid granteeId, string name, bool isProhibition) =>
        grantee == PermissionGrantee.Role
            ? PermissionGrant.ForRole(currentTenant.Id, granteeId, name)
            : PermissionGrant.ForUser(currentTenant.Id, granteeId, name, isProhibition);

    private void Validate(PermissionGrantee grantee, string name, PermissionState state)
    {
        var definition = definitions.GetOrNull(name)
                         ?? throw new BusinessException(ErrorCodes.UnknownPermission).WithData("name", name);
        if (!definition.Sides.HasFlag(CurrentSide))
        {
            throw new BusinessException(ErrorCodes.PermissionNotForSide).WithData("name", name);
        }

        if (state == PermissionState.Prohibited && grantee == PermissionGrantee.Role)
        {
            throw new BusinessException(ErrorCodes.ProhibitionOnlyForUsers);
        }
    }
}
