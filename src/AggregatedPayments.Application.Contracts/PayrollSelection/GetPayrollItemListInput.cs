using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Newest first, keyset-paged: pass the previous page's NextCursor to read on. Only the first page (no cursor)
/// counts the matching items; later pages answer <see cref="PayrollSelectionConsts.NotCounted"/> rather than count a large list again.
/// </summary>
public sealed class GetPayrollItemListInput : PayrollItemFilterDto
{
    public const int MaxPageSize = 200;

    [StringLength(KeysetCursor.MaxLength)]
    public string? Cursor { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;
}
