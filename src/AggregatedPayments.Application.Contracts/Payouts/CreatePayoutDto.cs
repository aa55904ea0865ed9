using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payouts;

/// <summary>One payment to one payee (a plain order).</summary>
public sealed class CreatePayoutDto
{
    /// <summary>The merchant's own reference, unique per merchant: the same reference and content return the existing order.</summary>
    [Required]
    [StringLength(PayoutConsts.MaxMerchantReferenceLength)]
    public string MerchantReference { get; set; } = "";

    /// <summary>Whole minor units (fen, cents).</summary>
    [Range(1, long.MaxValue)]
    public long AmountMinor { get; set; }

    [Required]
    [StringLength(PayoutConsts.CurrencyLength, MinimumLength = PayoutConsts.CurrencyLength)]
    public string Currency { get; set; } = "";

    [Required]
    public PayeeInput Payee { get; set; } = new();

    [StringLength(PayoutConsts.MaxPurposeLength)]
    public string? Purpose { get; set; }

    [StringLength(PayoutConsts.MaxRemarkLength)]
    public string? Remark { get; set; }

    /// <summary>The merchant channel to pay through; none lets routing choose among the open ones.</summary>
    public Guid? MerchantChannelId { get; set; }
}
