using AggregatedPayments.Identity;
using AggregatedPayments.Settings;
using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.Account;

/// <summary>
/// Locks a user out after repeated failed sign-ins, with the limit and duration from settings and the
/// time from the platform clock. Identity's own counter is used; its built-in lockout is switched off
/// because its options are fixed at start-up.
/// </summary>
public sealed class LockoutPolicy(UserManager<AppUser> users, ISettingProvider settings, TimeProvider clock)
{
    public bool IsLockedOut(AppUser user) => user.LockoutEnabled && user.LockoutEnd > clock.GetUtcNow();

    /// <summary>Counts a failure; true when it locked the user out.</summary>
    public async Task<bool> RegisterFailureAsync(AppUser user, CancellationToken cancellationToken)
    {
        await users.AccessFailedAsync(user);
        var limit = await settings.GetIntAsync(FoundationSettingNames.LockoutMaxFailedAccessAttempts, cancellationToken);
        if (!user.LockoutEnabled || await users.GetAccessFailedCountAsync(user) < limit)
        {
            return false;
        }

        var minutes = await settings.GetIntAsync(FoundationSettingNames.LockoutMinutes, cancellationToken);
        await users.SetLockoutEndDateAsync(user, clock.GetUtcNow().AddMinutes(minutes));
        await users.ResetAccessFailedCountAsync(user);
        return true;
    }

    public async Task RegisterSuccessAsync(AppUser user)
    {
        if (user.AccessFailedCount > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
    }
}
