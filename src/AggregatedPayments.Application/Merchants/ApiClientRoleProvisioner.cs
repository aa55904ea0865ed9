using AggregatedPayments.Data;
using AggregatedPayments.Identity;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;
using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.Merchants;

/// <summary>
/// Creates, for the current merchant, the static "api-client" role whose grants every call signed with
/// the merchant's API credentials acts with: the merchant's side, less what only people should do —
/// managing users and roles, and the merchant's own API keys and security parameters (a leaked key must
/// not be able to mint keys or widen the addresses it may be used from). Created once: the merchant's
/// administrators trim it afterwards, and running this again changes nothing.
/// </summary>
public sealed class ApiClientRoleProvisioner(
    RoleManager<AppRole> roles,
    PermissionGrantManager grantManager,
    PermissionDefinitionManager definitions,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork)
{
    private static readonly string[] ExcludedRoots =
    [
        IdentityPermissions.GroupName,
        MerchantPermissions.MyMerchantParameters,
        MerchantPermissions.MyMerchantApiCredentials
    ];

    public async Task<AppRole> EnsureAsync(CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("The api-client role belongs to a merchant: change to its tenant first.");
        var role = await roles.FindByNameAsync(MerchantApiCredentialConsts.ApiClientRoleName);
        if (role is not null)
        {
            return role;
        }

        role = new AppRole(Guid.NewGuid(), tenantId, MerchantApiCredentialConsts.ApiClientRoleName, isStatic: true);
        (await roles.CreateAsync(role)).EnsureSucceeded(nameof(AppRole.Name));
        await grantManager.SetAsync(
            PermissionGrantee.Role,
            role.Id,
            GrantedNames().Select(name => (name, PermissionState.Granted)),
            cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return role;
    }

    /// <summary>What the role starts with: every merchant-side permission outside <see cref="ExcludedRoots"/>.</summary>
    public IEnumerable<string> GrantedNames() =>
        definitions.ForSide(MultiTenancySides.Tenant)
            .Select(p => p.Name)
            .Where(name => !ExcludedRoots.Any(root => name == root || name.StartsWith(root + ".", StringComparison.Ordinal)));
}
