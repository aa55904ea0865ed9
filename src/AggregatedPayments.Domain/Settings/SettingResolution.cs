namespace AggregatedPayments.Settings;

/// <summary>An effective value (in clear) and the level, configuration or default it came from.</summary>
public sealed record SettingResolution(string? Value, SettingValueSource Source);
