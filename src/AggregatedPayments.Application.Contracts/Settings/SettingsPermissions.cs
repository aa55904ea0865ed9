namespace AggregatedPayments.Settings;

public static class SettingsPermissions
{
    public const string GroupName = "AggregatedPayments.Settings";

    /// <summary>Platform: read the platform-wide values.</summary>
    public const string Global = GroupName + ".Global";

    public const string GlobalUpdate = Global + ".Update";

    /// <summary>Merchant: read the merchant's own values.</summary>
    public const string Tenant = GroupName + ".Tenant";

    public const string TenantUpdate = Tenant + ".Update";

    /// <summary>
    /// Read and change one's own parameters (language, time zone, notifications). Meant for every user:
    /// grant it to every role; a prohibition can still take it from one user.
    /// </summary>
    public const string User = GroupName + ".User";
}
