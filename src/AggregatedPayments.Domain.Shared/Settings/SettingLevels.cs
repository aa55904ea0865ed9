namespace AggregatedPayments.Settings;

/// <summary>The levels at which a setting may hold a value.</summary>
[Flags]
public enum SettingLevels
{
    Global = 1,
    Tenant = 2,
    User = 4,
    All = Global | Tenant | User
}
