namespace AggregatedPayments.Merchants;

/// <summary>
/// The merchant's own update. Limits are the platform's and are not part of it; approval thresholds
/// only for currencies the platform configured, and never above the platform's limits.
/// </summary>
public sealed class UpdateMyMerchantParametersDto : MerchantParametersInput
{
    public List<MerchantApprovalThresholdDto> Approvals { get; set; } = [];
}
