namespace AggregatedPayments.ApplicationConfiguration;

public sealed record ApplicationLocalizationConfigurationDto(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values,
    IReadOnlyList<LanguageInfoDto> Languages,
    CurrentCultureDto CurrentCulture,
    string DefaultResourceName);
