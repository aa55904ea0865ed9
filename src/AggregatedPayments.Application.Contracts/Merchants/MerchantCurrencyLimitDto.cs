using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Merchants;

/// <summary>One currency a merchant may pay in, with its limits and approval thresholds in minor units; null is none.</summary>
public sealed class MerchantCurrencyLimitDto
{
    [Required]
    [StringLength(3, MinimumLength = 3)]
    public string Currency { get; set; } = "";

    public long? SingleMaxMinor { get; set; }

    public long? DailyMaxMinor { get; set; }

    public long? ApprovalSingleMinor { get; set; }

    public long? ApprovalDailyMinor { get; set; }
}
