using AggregatedPayments.Account;
using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;
using AggregatedPayments.Users;
using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.Identity;

public sealed class UserAppService(
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    UserSessionValidator sessions,
    RefreshTokenService refreshTokens,
    PermissionCache permissionCache,
    PermissionGrantManager grantManager,
    LockoutPolicy lockout) : IUserAppService
{
    public async Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default)
    {
        var query = users.Users;
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(u => u.UserName!.Contains(filter) || (u.Name != null && u.Name.Contains(filter)) || (u.Email != null && u.Email.Contains(filter)));
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = await executer.ToListAsync(query.OrderBy(u => u.UserName).Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        var items = new List<UserDto>(page.Count);
        foreach (var user in page)
        {
            items.Add(await MapAsync(user));
        }

        return new PagedResultDto<UserDto>(items, total);
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default) => await MapAsync(await FindAsync(id));

    public async Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default)
    {
        var user = new AppUser(Guid.NewGuid(), currentTenant.Id, input.UserName.Trim(), input.Email);
        Apply(user, input);
        (await users.CreateAsync(user, input.Password)).EnsureSucceeded(nameof(input.Password));
        await SetRolesAsync(user, input.RoleNames);
        return await MapAsync(user);
    }

    public async Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id);
        if (!input.IsActive && user.Id == currentUser.Id)
        {
            throw new BusinessException(ErrorCodes.CannotDeleteSelf);
        }

        var wasActive = user.IsActive;
        Apply(user, input);
        (await users.UpdateAsync(user)).EnsureSucceeded(nameof(input.Email));
        await SetRolesAsync(user, input.RoleNames);
        if (wasActive && !user.IsActive)
        {
            await EndSessionsAsync(user, cancellationToken);
        }

        return await MapAsync(user);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id);
        if (user.Id == currentUser.Id)
        {
            throw new BusinessException(ErrorCodes.CannotDeleteSelf);
        }

        await grantManager.RemoveAllAsync(PermissionGrantee.User, user.Id, cancellationToken);
        (await users.DeleteAsync(user)).EnsureSucceeded(nameof(id));
        await refreshTokens.RevokeAllOfUserAsync(user.Id, cancellationToken);
        sessions.EvictUser(user.Id);
        permissionCache.EvictUser(user.Id);
    }

    public async Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id);
        // Validate before removing the old password, so a refused one leaves the user as it was.
        foreach (var validator in users.PasswordValidators)
        {
            (await validator.ValidateAsync(users, user, input.NewPassword)).EnsureSucceeded(nameof(input.NewPassword));
        }

        (await users.RemovePasswordAsync(user)).EnsureSucceeded(nameof(input.NewPassword));
        (await users.AddPasswordAsync(user, input.NewPassword)).EnsureSucceeded(nameof(input.NewPassword));
        await EndSessionsAsync(user, cancellationToken);
    }

    public async Task UnlockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id);
        (await users.SetLockoutEndDateAsync(user, null)).EnsureSucceeded(nameof(id));
        (await users.ResetAccessFailedCountAsync(user)).EnsureSucceeded(nameof(id));
    }

    private async Task EndSessionsAsync(AppUser user, CancellationToken cancellationToken)
    {
        (await users.UpdateSecurityStampAsync(user)).EnsureSucceeded(nameof(user.Id));
        await refreshTokens.RevokeAllOfUserAsync(user.Id, cancellationToken);
        sessions.EvictUser(user.Id);
    }

    private static void Apply(AppUser user, UserInputBase input)
    {
        user.Name = input.Name;
        user.Email = input.Email;
        user.PhoneNumber = input.PhoneNumber;
        user.SetActive(input.IsActive);
    }

    private async Task SetRolesAsync(AppUser user, IReadOnlyCollection<string> roleNames)
    {
        foreach (var name in roleNames)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                throw new BusinessException(ErrorCodes.RoleNotFound).WithData("name", name);
            }
        }

        var current = await users.GetRolesAsync(user);
        var toRemove = current.Except(roleNames, StringComparer.OrdinalIgnoreCase).ToList();
        var toAdd = roleNames.Except(current, StringComparer.OrdinalIgnoreCase).ToList();
        if (toRemove.Count > 0)
        {
            (await users.RemoveFromRolesAsync(user, toRemove)).EnsureSucceeded(nameof(UserInputBase.RoleNames));
        }

        if (toAdd.Count > 0)
        {
            (await users.AddToRolesAsync(user, toAdd)).EnsureSucceeded(nameof(UserInputBase.RoleNames));
        }

        permissionCache.EvictUser(user.Id);
    }

    private async Task<AppUser> FindAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);

    private async Task<UserDto> MapAsync(AppUser user)
    {
        return new UserDto(
            user.Id,
            user.TenantId,
            user.UserName!,
            user.Name,
            user.Email,
            user.PhoneNumber,
            user.IsActive,
            lockout.IsLockedOut(user),
            user.LockoutEnd?.UtcDateTime,
            (await users.GetRolesAsync(user)).ToList(),
            user.CreationTime);
    }
}
