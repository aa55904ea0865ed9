using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payroll;

/// <summary>Newest first, keyset-paged: pass the previous page's NextCursor to read on.</summary>
public sealed class GetPayrollSubmissionListInput
{
    public const int MaxPageSize = 100;

    public PayrollSubmissionStatus? Status { get; set; }

    [StringLength(KeysetCursor.MaxLength)]
    public string? Cursor { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;
}
