using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payouts;

public sealed class DecidePayoutApprovalDto
{
    /// <summary>Why: kept on the approval, in the order's history and in the audit log.</summary>
    [Required]
    [StringLength(PayoutApprovalConsts.MaxReasonLength, MinimumLength = 1)]
    public string Reason { get; set; } = "";
}
