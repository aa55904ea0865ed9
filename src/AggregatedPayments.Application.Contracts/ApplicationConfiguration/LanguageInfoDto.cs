namespace AggregatedPayments.ApplicationConfiguration;

public sealed record LanguageInfoDto(string CultureName, string UiCultureName, string DisplayName);
