using AggregatedPayments.Account;
using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;
using AggregatedPayments.Settings;
using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.Identity;

public sealed class RoleAppService(
    RoleManager<AppRole> roles,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    PermissionGrantManager grantManager,
    IUnitOfWork unitOfWork) : IRoleAppService
{
    public async Task<PagedResultDto<RoleDto>> GetListAsync(PagedRequestDto input, CancellationToken cancellationToken = default)
    {
        var query = roles.Roles;
        var total = await executer.CountAsync(query, cancellationToken);
        var page = await executer.ToListAsync(query.OrderBy(r => r.Name).Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<RoleDto>(page.Select(Map).ToList(), total);
    }

    public async Task<RoleDto> GetAsync(Guid id, CancellationToken cancellationToken = default) => Map(await FindAsync(id));

    public async Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken cancellationToken = default)
    {
        var role = new AppRole(Guid.NewGuid(), currentTenant.Id, input.Name.Trim());
        (await roles.CreateAsync(role)).EnsureSucceeded(nameof(input.Name));
        await grantManager.SetAsync(PermissionGrantee.Role, role.Id, DefaultGrants.Select(name => (name, PermissionState.Granted)), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Map(role);
    }

    public async Task<RoleDto> UpdateAsync(Guid id, UpdateRoleDto input, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(id);
        if (role.IsStatic)
        {
            throw new BusinessException(ErrorCodes.StaticRoleCannotBeDeleted);
        }

        (await roles.SetRoleNameAsync(role, input.Name.Trim())).EnsureSucceeded(nameof(input.Name));
        (await roles.UpdateAsync(role)).EnsureSucceeded(nameof(input.Name));
        return Map(role);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(id);
        if (role.IsStatic)
        {
            throw new BusinessException(ErrorCodes.StaticRoleCannotBeDeleted);
        }

        // The role store saves the unit of work, grants included, in one SaveChanges.
        await grantManager.RemoveAllAsync(PermissionGrantee.Role, id, cancellationToken);
        (await roles.DeleteAsync(role)).EnsureSucceeded(nameof(id));
    }

    /// <summary>What every member of a new role may do to its own account: profile, password, its own settings.</summary>
    private static readonly string[] DefaultGrants = [AccountPermissions.Profile, SettingsPermissions.User];

    private async Task<AppRole> FindAsync(Guid id) =>
        await roles.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppRole), id);

    private static RoleDto Map(AppRole role) => new(role.Id, role.TenantId, role.Name!, role.IsStatic);
}
