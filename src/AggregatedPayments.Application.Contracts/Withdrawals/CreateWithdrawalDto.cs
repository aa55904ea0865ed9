using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

/// <summary>Moves available balance of one merchant channel to its confirmed card.</summary>
public sealed class CreateWithdrawalDto
{
    /// <summary>Required: a withdrawal is never routed.</summary>
    public Guid MerchantChannelId { get; set; }

    /// <summary>Whole minor units (fen, cents); at most the channel account's Available.</summary>
    [Range(1, long.MaxValue)]
    public long AmountMinor { get; set; }

    [Required]
    [StringLength(PayoutConsts.CurrencyLength, MinimumLength = PayoutConsts.CurrencyLength)]
    public string Currency { get; set; } = "";

    /// <summary>The merchant's own reference, unique across its payouts and withdrawals: a repeat returns the existing withdrawal.</summary>
    [Required]
    [StringLength(PayoutConsts.MaxMerchantReferenceLength)]
    public string MerchantReference { get; set; } = "";
}
