using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Merchants;
using AggregatedPayments.Merchants.Credentials;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.Permissions;

internal sealed class EfPermissionGrantStore(AggregatedPaymentsDbContext db, ICurrentTenant currentTenant) : IPermissionGrantStore
{
    public async Task<UserPermissionSet> GetForUserAsync(Guid? tenantId, Guid userId, CancellationToken cancellationToken)
    {
        // Grants live in the user's own tenant, also while a platform user acts inside a merchant.
        using (currentTenant.Change(tenantId))
        {
            var roleIds = db.UserRoles.Where(ur => ur.UserId == userId).Select(ur => ur.RoleId);

            // A call signed with an API credential acts as that credential, with its merchant's api-client role.
            var apiClientRoleIds = db.Roles
                .Where(r => r.Name == MerchantApiCredentialConsts.ApiClientRoleName && db.Set<MerchantApiCredential>().Any(c => c.Id == userId))
                .Select(r => r.Id);
            var rows = await db.PermissionGrants.AsNoTracking()
                .Where(g => (g.Grantee == PermissionGrantee.User && g.GranteeId == userId)
                            || (g.Grantee == PermissionGrantee.Role && (roleIds.Contains(g.GranteeId) || apiClientRoleIds.Contains(g.GranteeId))))
                .Select(g => new { g.Name, g.IsProhibition })
                .ToListAsync(cancellationToken);
            return new UserPermissionSet(
                rows.Where(r => !r.IsProhibition).Select(r => r.Name).ToHashSet(StringComparer.Ordinal),
                rows.Where(r => r.IsProhibition).Select(r => r.Name).ToHashSet(StringComparer.Ordinal));
        }
    }
}
