namespace AggregatedPayments.Settings;

/// <summary>A setting defined in code; values are stored per level and fall back user → tenant → global → configuration → default.</summary>
public sealed record SettingDefinition(
    string Name,
    string? DefaultValue,
    SettingLevels Levels,
    bool IsVisibleToClients = false,
    bool IsEncrypted = false)
{
    public string DisplayNameKey => "Setting:" + Name;
}
