using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payroll;

public sealed class DiscardPayrollItemsDto
{
    [Required]
    public PayrollSelectionDto? Selection { get; set; }

    [StringLength(PayrollSelectionConsts.MaxReasonLength)]
    public string? Reason { get; set; }
}
