namespace AggregatedPayments.ApplicationConfiguration;

public sealed record CurrentCultureDto(string Name, string DisplayName, string TwoLetterIsoLanguageName, bool IsRightToLeft);
