namespace AggregatedPayments.ApplicationConfiguration;

public sealed record MultiTenancyInfoDto(bool IsEnabled);
