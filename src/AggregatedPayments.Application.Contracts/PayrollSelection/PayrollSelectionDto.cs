using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payroll;

/// <summary>
/// The items a clerk chose, the same shape for preview, submit and discard: exactly one of item ids, a filter, or
/// all pending items. Only valid pending items are acted on; the rest are reported with their reason.
/// </summary>
public sealed class PayrollSelectionDto
{
    [MaxLength(PayrollSelectionConsts.MaxItemIds)]
    public List<Guid>? ItemIds { get; set; }

    public PayrollItemFilterDto? Filter { get; set; }

    public bool AllPending { get; set; }
}
