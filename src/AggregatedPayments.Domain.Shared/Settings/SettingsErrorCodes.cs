namespace AggregatedPayments.Settings;

/// <summary>Settings' own codes; unknown settings and disallowed levels use <c>ErrorCodes.UnknownSetting</c> and <c>ErrorCodes.SettingNotForProvider</c>.</summary>
public static class SettingsErrorCodes
{
    public const string InvalidValue = "AP:Settings:InvalidValue";
}
