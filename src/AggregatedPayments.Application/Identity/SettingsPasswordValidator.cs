using AggregatedPayments.Settings;
using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.Identity;

/// <summary>
/// The password policy comes from settings (the platform's, tightened per merchant), not from
/// start-up options, so an administrator's change applies to the next password set.
/// </summary>
public sealed class SettingsPasswordValidator(ISettingProvider settings) : IPasswordValidator<AppUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        password ??= "";
        var describer = manager.ErrorDescriber;
        var errors = new List<IdentityError>();
        var requiredLength = await settings.GetIntAsync(FoundationSettingNames.PasswordRequiredLength);
        if (password.Length < requiredLength)
        {
            errors.Add(describer.PasswordTooShort(requiredLength));
        }

        if (await settings.GetBoolAsync(FoundationSettingNames.PasswordRequireDigit) && !password.Any(char.IsDigit))
        {
            errors.Add(describer.PasswordRequiresDigit());
        }

        if (await settings.GetBoolAsync(FoundationSettingNames.PasswordRequireLowercase) && !password.Any(char.IsLower))
        {
            errors.Add(describer.PasswordRequiresLower());
        }

        if (await settings.GetBoolAsync(FoundationSettingNames.PasswordRequireUppercase) && !password.Any(char.IsUpper))
        {
            errors.Add(describer.PasswordRequiresUpper());
        }

        if (await settings.GetBoolAsync(FoundationSettingNames.PasswordRequireNonAlphanumeric) && password.All(char.IsLetterOrDigit))
        {
            errors.Add(describer.PasswordRequiresNonAlphanumeric());
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}
