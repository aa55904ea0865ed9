using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payouts;

/// <summary>Several payments to one payee account and name, paid as one transfer of their sum.</summary>
public sealed class CreateAggregatedPayoutDto
{
    [Required]
    [StringLength(PayoutConsts.CurrencyLength, MinimumLength = PayoutConsts.CurrencyLength)]
    public string Currency { get; set; } = "";

    [Required]
    public PayeeInput Payee { get; set; } = new();

    [Required]
    [MinLength(1)]
    [MaxLength(PayoutConsts.MaxLinesPerOrder)]
    public List<PayoutLineInput> Lines { get; set; } = [];

    public Guid? MerchantChannelId { get; set; }
}
