namespace AggregatedPayments.Merchants;

/// <summary>The platform's update: currencies with limits and approval thresholds, and everything the merchant sets.</summary>
public sealed class UpdateMerchantParametersDto : MerchantParametersInput
{
    public List<MerchantCurrencyLimitDto> Currencies { get; set; } = [];
}
