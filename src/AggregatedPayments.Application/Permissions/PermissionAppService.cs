using System.Globalization;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Identity;
using AggregatedPayments.Localization;
using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.Permissions;

public sealed class PermissionAppService(
    PermissionGrantManager grantManager,
    PermissionDefinitionManager definitions,
    RoleManager<AppRole> roles,
    UserManager<AppUser> users,
    IUnitOfWork unitOfWork) : IPermissionAppService
{
    public async Task<IReadOnlyList<PermissionGroupDto>> GetForRoleAsync(Guid roleId, CancellationToken cancellationToken = default)
    {
        await EnsureRoleExistsAsync(roleId);
        return Describe(await grantManager.GetStatesAsync(PermissionGrantee.Role, roleId, cancellationToken));
    }

    public async Task UpdateForRoleAsync(Guid roleId, List<UpdatePermissionDto> input, CancellationToken cancellationToken = default)
    {
        var role = await EnsureRoleExistsAsync(roleId);
        if (role is { IsStatic: true, Name: IdentityConsts.AdminRoleName })
        {
            // The static admin role keeps every right of its side, so a merchant can never lock itself out.
            // The static api-client role is the merchant's to trim: it only cannot be renamed or deleted.
            throw new BusinessException(ErrorCodes.StaticRolePermissionsFixed);
        }

        await grantManager.SetAsync(PermissionGrantee.Role, roleId, input.Select(i => (i.Name, i.State)), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PermissionGroupDto>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await EnsureUserExistsAsync(userId);
        return Describe(await grantManager.GetStatesAsync(PermissionGrantee.User, userId, cancellationToken));
    }

    public async Task UpdateForUserAsync(Guid userId, List<UpdatePermissionDto> input, CancellationToken cancellationToken = default)
    {
        await EnsureUserExistsAsync(userId);
        await grantManager.SetAsync(PermissionGrantee.User, userId, input.Select(i => (i.Name, i.State)), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private IReadOnlyList<PermissionGroupDto> Describe(IReadOnlyDictionary<string, PermissionState> states)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var side = grantManager.CurrentSide;
        return definitions.Groups
            .Select(group => new PermissionGroupDto(
                group.Name,
                TextLocalizer.Instance.Get(group.DisplayNameKey, culture),
                group.Permissions.SelectMany(p => p.SelfAndDescendants())
                    .Where(p => p.Sides.HasFlag(side))
                    .Select(p => new PermissionStateDto(
                        p.Name,
                        TextLocalizer.Instance.Get(p.DisplayNameKey, culture),
                        p.Parent?.Name,
                        states.GetValueOrDefault(p.Name, PermissionState.NotSet)))
                    .ToList()))
            .Where(g => g.Permissions.Count > 0)
            .ToList();
    }

    private async Task<AppRole> EnsureRoleExistsAsync(Guid roleId) =>
        await roles.FindByIdAsync(roleId.ToString()) ?? throw new EntityNotFoundException(nameof(AppRole), roleId);

    private async Task EnsureUserExistsAsync(Guid userId)
    {
        if (await users.FindByIdAsync(userId.ToString()) is null)
        {
            throw new EntityNotFoundException(nameof(AppUser), userId);
        }
    }
}
