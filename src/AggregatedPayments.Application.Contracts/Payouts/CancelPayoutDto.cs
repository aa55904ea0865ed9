using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payouts;

public sealed class CancelPayoutDto
{
    [StringLength(PayoutConsts.MaxReasonLength)]
    public string? Reason { get; set; }
}
