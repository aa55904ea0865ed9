using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payroll;

public sealed class GetPayrollTemplateInput
{
    public PayrollFileFormat Format { get; set; } = PayrollFileFormat.Xlsx;

    /// <summary>The headers' language: en or zh-Hans; the caller's language when not given.</summary>
    [StringLength(16)]
    public string? Culture { get; set; }
}
