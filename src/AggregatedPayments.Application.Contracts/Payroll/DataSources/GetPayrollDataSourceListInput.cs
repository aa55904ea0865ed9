using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>By name.</summary>
public sealed class GetPayrollDataSourceListInput : PagedRequestDto
{
    [StringLength(PayrollDataSourceConsts.MaxNameLength)]
    public string? Filter { get; set; }

    public PayrollDataSourceKind? Kind { get; set; }

    public bool? IsEnabled { get; set; }
}
