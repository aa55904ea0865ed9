using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payouts;

/// <summary>Corrects a Failed or Returned order: its payee, and optionally line amounts (which send it back to pending).</summary>
public sealed class CorrectPayoutDto
{
    /// <summary>The corrected payee; fields left null keep their value (the account number included).</summary>
    public CorrectPayeeDto? Payee { get; set; }

    public List<CorrectPayoutLineDto>? Lines { get; set; }

    [StringLength(PayoutConsts.MaxReasonLength)]
    public string? Reason { get; set; }
}
