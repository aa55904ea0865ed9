namespace AggregatedPayments.Settings;

/// <summary>The settings the building blocks read (identity, tokens, time, language, notifications, e-mail).</summary>
public static class FoundationSettingNames
{
    private const string Prefix = "AggregatedPayments.";

    public const string PasswordRequiredLength = Prefix + "Identity.Password.RequiredLength";
    public const string PasswordRequireDigit = Prefix + "Identity.Password.RequireDigit";
    public const string PasswordRequireLowercase = Prefix + "Identity.Password.RequireLowercase";
    public const string PasswordRequireUppercase = Prefix + "Identity.Password.RequireUppercase";
    public const string PasswordRequireNonAlphanumeric = Prefix + "Identity.Password.RequireNonAlphanumeric";

    public const string LockoutMaxFailedAccessAttempts = Prefix + "Identity.Lockout.MaxFailedAccessAttempts";
    public const string LockoutMinutes = Prefix + "Identity.Lockout.LockoutMinutes";

    public const string AccessTokenMinutes = Prefix + "Identity.Tokens.AccessTokenMinutes";
    public const string RefreshTokenDays = Prefix + "Identity.Tokens.RefreshTokenDays";

    /// <summary>The platform's time zone, and the default for new merchants.</summary>
    public const string PlatformTimeZone = Prefix + "Timing.PlatformTimeZone";

    /// <summary>A user's own time zone; empty means its merchant's (or, for platform users, the platform's).</summary>
    public const string TimeZone = Prefix + "Timing.TimeZone";

    public const string Language = Prefix + "Localization.Language";

    public const string EmailOnFailedPayout = Prefix + "Notifications.EmailOnFailedPayout";
    public const string EmailOnManualReview = Prefix + "Notifications.EmailOnManualReview";

    public const string SmtpHost = Prefix + "Email.Smtp.Host";
    public const string SmtpPort = Prefix + "Email.Smtp.Port";
    public const string SmtpUserName = Prefix + "Email.Smtp.UserName";
    public const string SmtpPassword = Prefix + "Email.Smtp.Password";
    public const string SmtpEnableSsl = Prefix + "Email.Smtp.EnableSsl";
    public const string EmailFromAddress = Prefix + "Email.FromAddress";
}
