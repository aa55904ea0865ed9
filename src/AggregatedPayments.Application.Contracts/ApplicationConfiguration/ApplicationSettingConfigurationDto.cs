namespace AggregatedPayments.ApplicationConfiguration;

/// <summary>Effective values of the settings defined as visible to clients.</summary>
public sealed record ApplicationSettingConfigurationDto(IReadOnlyDictionary<string, string?> Values);
