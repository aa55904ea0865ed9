using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Merchants;

/// <summary>Above these amounts (minor units) an order waits for a second user; null is no threshold.</summary>
public sealed class MerchantApprovalThresholdDto
{
    [Required]
    [StringLength(3, MinimumLength = 3)]
    public string Currency { get; set; } = "";

    public long? ApprovalSingleMinor { get; set; }

    public long? ApprovalDailyMinor { get; set; }
}
