using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payouts;

public sealed class PayoutLineInput
{
    [Required]
    [StringLength(PayoutConsts.MaxMerchantReferenceLength)]
    public string MerchantReference { get; set; } = "";

    [Range(1, long.MaxValue)]
    public long AmountMinor { get; set; }

    [StringLength(PayoutConsts.MaxPurposeLength)]
    public string? Purpose { get; set; }

    [StringLength(PayoutConsts.MaxRemarkLength)]
    public string? Remark { get; set; }
}
