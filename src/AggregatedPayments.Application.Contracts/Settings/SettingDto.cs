namespace AggregatedPayments.Settings;

/// <summary>
/// One setting as an administrator or user sees it at its level. An encrypted setting's value is never
/// sent: it reads "******" when set (send that back to leave it unchanged).
/// </summary>
public sealed record SettingDto(
    string Name,
    string DisplayName,
    string? Value,
    SettingValueSource Source,
    bool IsEncrypted,
    bool IsVisibleToClients);
