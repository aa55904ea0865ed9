using AggregatedPayments.Merchants.Policies;

namespace AggregatedPayments.Merchants;

internal static class MerchantParametersMapper
{
    public static MerchantParametersDto Map(Merchant merchant) => new(
        merchant.Id,
        merchant.PayoutPolicy.NotifyUrl,
        merchant.PayoutPolicy.AllowedIpRanges,
        merchant.PayoutPolicy.Currencies.Select(Map).ToList(),
        merchant.TimeZone,
        merchant.Version);

    public static MerchantCurrencyLimit ToLimit(MerchantCurrencyLimitDto dto) =>
        new(dto.Currency, dto.SingleMaxMinor, dto.DailyMaxMinor, dto.ApprovalSingleMinor, dto.ApprovalDailyMinor);

    private static MerchantCurrencyLimitDto Map(MerchantCurrencyLimit limit) => new()
    {
        Currency = limit.Currency,
        SingleMaxMinor = limit.SingleMaxMinor,
        DailyMaxMinor = limit.DailyMaxMinor,
        ApprovalSingleMinor = limit.ApprovalSingleMinor,
        ApprovalDailyMinor = limit.ApprovalDailyMinor
    };
}
