using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payouts;

public sealed class ResolvePayoutReviewDto
{
    /// <summary>Why the review is closed (what was checked with the provider); kept in the order's history.</summary>
    [Required]
    [StringLength(PayoutConsts.MaxReasonLength, MinimumLength = 1)]
    public string Reason { get; set; } = "";
}
