using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payroll;

/// <summary>In line order, paged by line: pass the last line seen as AfterLine to read on.</summary>
public sealed class GetPayrollIntakeErrorListInput
{
    public const int MaxPageSize = 1000;

    public long? AfterLine { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 100;
}
