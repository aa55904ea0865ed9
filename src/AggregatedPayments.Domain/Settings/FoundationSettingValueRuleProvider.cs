using AggregatedPayments.Localization;

namespace AggregatedPayments.Settings;

public sealed class FoundationSettingValueRuleProvider : ISettingValueRuleProvider
{
    public void Define(IDictionary<string, Func<string, bool>> rules)
    {
        rules[FoundationSettingNames.PasswordRequiredLength] = SettingValueRule.Integer(6, 128);
        rules[FoundationSettingNames.PasswordRequireDigit] = SettingValueRule.Boolean;
        rules[FoundationSettingNames.PasswordRequireLowercase] = SettingValueRule.Boolean;
        rules[FoundationSettingNames.PasswordRequireUppercase] = SettingValueRule.Boolean;
        rules[FoundationSettingNames.PasswordRequireNonAlphanumeric] = SettingValueRule.Boolean;
        rules[FoundationSettingNames.LockoutMaxFailedAccessAttempts] = SettingValueRule.Integer(1, 100);
        rules[FoundationSettingNames.LockoutMinutes] = SettingValueRule.Integer(1, 60 * 24 * 30);
        rules[FoundationSettingNames.AccessTokenMinutes] = SettingValueRule.Integer(1, 60 * 24);
        rules[FoundationSettingNames.RefreshTokenDays] = SettingValueRule.Integer(1, 365);
        rules[FoundationSettingNames.PlatformTimeZone] = SettingValueRule.TimeZone;
        rules[FoundationSettingNames.TimeZone] = SettingValueRule.TimeZone;
        rules[FoundationSettingNames.Language] = SettingValueRule.OneOf(TextLocalizer.SupportedCultures.ToArray());
        rules[FoundationSettingNames.EmailOnFailedPayout] = SettingValueRule.Boolean;
        rules[FoundationSettingNames.EmailOnManualReview] = SettingValueRule.Boolean;
        rules[FoundationSettingNames.SmtpPort] = SettingValueRule.Integer(1, 65535);
        rules[FoundationSettingNames.SmtpEnableSsl] = SettingValueRule.Boolean;
        rules[FoundationSettingNames.EmailFromAddress] = SettingValueRule.EmailAddress;
    }
}
