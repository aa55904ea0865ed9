using AggregatedPayments.Data;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;
using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.Identity;

/// <summary>
/// Creates, for the current side (the platform or one merchant), the static "admin" role holding
/// every permission of that side and, when missing, the "admin" user in it. Running it again adds
/// permissions defined since, and changes nothing else.
/// </summary>
public sealed class AdminAccountProvisioner(
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    PermissionGrantManager grantManager,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork)
{
    public async Task<AppRole> EnsureAdminRoleAsync(CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(IdentityConsts.AdminRoleName);
        if (role is null)
        {
            role = new AppRole(Guid.NewGuid(), currentTenant.Id, IdentityConsts.AdminRoleName, isStatic: true);
            (await roles.CreateAsync(role)).EnsureSucceeded(nameof(AppRole.Name));
        }

        await grantManager.GrantAllAsync(role.Id, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return role;
    }

    public async Task<bool> AdminUserExistsAsync() => await users.FindByNameAsync(IdentityConsts.AdminUserName) is not null;

    /// <summary>Returns false when the user already existed (its password is left alone).</summary>
    public async Task<bool> EnsureAdminUserAsync(string password, string? email, CancellationToken cancellationToken)
    {
        var role = await EnsureAdminRoleAsync(cancellationToken);
        if (await AdminUserExistsAsync())
        {
            return false;
        }

        var user = new AppUser(Guid.NewGuid(), currentTenant.Id, IdentityConsts.AdminUserName, email) { Name = "Administrator" };
        (await users.CreateAsync(user, password)).EnsureSucceeded("AdminPassword");
        (await users.AddToRoleAsync(user, role.Name!)).EnsureSucceeded(nameof(AppRole.Name));
        return true;
    }
}
