namespace AggregatedPayments.Merchants;

public sealed record MerchantParametersDto(
    Guid MerchantId,
    string? NotifyUrl,
    IReadOnlyList<string> AllowedIpRanges,
    IReadOnlyList<MerchantCurrencyLimitDto> Currencies,
    string TimeZone,
    int Version);
