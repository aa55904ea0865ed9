using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payroll;

/// <summary>Newest first, keyset-paged: pass the previous page's NextCursor to read on.</summary>
public sealed class GetPayrollIntakeListInput
{
    public const int MaxPageSize = 200;

    public PayrollItemSource? Source { get; set; }

    public PayrollIntakeStatus? Status { get; set; }

    public Guid? DataSourceId { get; set; }

    [StringLength(KeysetCursor.MaxLength)]
    public string? Cursor { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;
}
