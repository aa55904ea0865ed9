using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;
using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.Account;

public sealed class AccountAppService(
    UserManager<AppUser> users,
    IRepository<Merchant> merchants,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    AccessTokenIssuer accessTokens,
    RefreshTokenService refreshTokens,
    UserSessionValidator sessions,
    LockoutPolicy lockout) : IAccountAppService
{
    public async Task<TokenDto> LoginAsync(LoginDto input, CancellationToken cancellationToken = default)
    {
        var merchant = await FindMerchantAsync(input.TenantCode, cancellationToken);
        using (currentTenant.Change(merchant?.Id))
        {
            var user = await users.FindByNameAsync(input.UserName) ?? throw new UnauthorizedException(ErrorCodes.InvalidCredentials);
            await CheckPasswordAsync(user, input.Password, cancellationToken);
            if (merchant is { IsActive: false })
            {
                throw new UnauthorizedException(ErrorCodes.MerchantSuspended);
            }

            if (!user.IsActive)
            {
                throw new UnauthorizedException(ErrorCodes.UserInactive);
            }

            return await IssueAsync(user, familyId: null, cancellationToken);
        }
    }

    public async Task<TokenDto> RefreshAsync(RefreshTokenDto input, CancellationToken cancellationToken = default)
    {
        var consumed = await refreshTokens.ConsumeAsync(input.RefreshToken, cancellationToken);
        using (currentTenant.Change(consumed.TenantId))
        {
            var user = await users.FindByIdAsync(consumed.UserId.ToString())
                       ?? throw new UnauthorizedException(ErrorCodes.InvalidRefreshToken);
            var refusal = await sessions.ValidateAsync(user.Id, user.TenantId, user.SecurityStamp, cancellationToken);
            if (refusal is not null || lockout.IsLockedOut(user))
            {
                throw new UnauthorizedException(refusal ?? ErrorCodes.UserLockedOut);
            }

            return await IssueAsync(user, consumed.FamilyId, cancellationToken);
        }
    }

    public Task LogoutAsync(RefreshTokenDto input, CancellationToken cancellationToken = default) =>
        refreshTokens.RevokeFamilyOfAsync(input.RefreshToken, cancellationToken);

    public async Task<ProfileDto> GetProfileAsync(CancellationToken cancellationToken = default)
    {
        var user = await GetCurrentUserAsync();
        var tenantCode = user.TenantId is null
            ? null
            : await executer.FirstOrDefaultAsync(merchants.QueryNoTracking().Where(m => m.Id == user.TenantId).Select(m => m.Code), cancellationToken);
        return new ProfileDto(user.Id, user.TenantId, tenantCode, user.UserName!, user.Name, user.Email, (await users.GetRolesAsync(user)).ToList());
    }

    public async Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default)
    {
        var user = await GetCurrentUserAsync();
        (await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword)).EnsureSucceeded(nameof(input.NewPassword));
        sessions.EvictUser(user.Id);
        await refreshTokens.RevokeAllOfUserAsync(user.Id, cancellationToken);
    }

    private async Task<AppUser> GetCurrentUserAsync()
    {
        using (currentTenant.Change(currentUser.TenantId))
        {
            return await users.FindByIdAsync(currentUser.GetId().ToString()) ?? throw new UnauthorizedException();
        }
    }

    private async Task<Merchant?> FindMerchantAsync(string? tenantCode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(tenantCode))
        {
            return null;
        }

        // Unknown merchant and wrong password answer alike: a sign-in form must not reveal which codes exist.
        return await executer.FirstOrDefaultAsync(merchants.QueryNoTracking().Where(m => m.Code == tenantCode.Trim()), cancellationToken)
               ?? throw new UnauthorizedException(ErrorCodes.InvalidCredentials);
    }

    private async Task CheckPasswordAsync(AppUser user, string password, CancellationToken cancellationToken)
    {
        if (lockout.IsLockedOut(user))
        {
            throw new UnauthorizedException(ErrorCodes.UserLockedOut);
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            await lockout.RegisterSuccessAsync(user);
            return;
        }

        var lockedNow = await lockout.RegisterFailureAsync(user, cancellationToken);
        throw new UnauthorizedException(lockedNow ? ErrorCodes.UserLockedOut : ErrorCodes.InvalidCredentials);
    }

    private async Task<TokenDto> IssueAsync(AppUser user, Guid? familyId, CancellationToken cancellationToken)
    {
        var (accessToken, expiresIn) = await accessTokens.IssueAsync(user, await users.GetRolesAsync(user), cancellationToken);
        var (refreshToken, refreshExpiresAt) = await refreshTokens.IssueAsync(user, familyId, cancellationToken);
        return new TokenDto(accessToken, "Bearer", expiresIn, refreshToken, refreshExpiresAt);
    }
}
