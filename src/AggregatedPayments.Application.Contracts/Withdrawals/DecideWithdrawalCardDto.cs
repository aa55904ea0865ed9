using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Withdrawals;

/// <summary>Required to reject; optional to confirm.</summary>
public sealed class DecideWithdrawalCardDto
{
    [StringLength(WithdrawalConsts.MaxReasonLength)]
    public string? Reason { get; set; }
}
