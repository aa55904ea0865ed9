namespace AggregatedPayments.Payroll;

/// <summary>The report's texts follow the caller's language (Accept-Language).</summary>
public sealed class GetPayrollErrorReportInput
{
    public PayrollFileFormat Format { get; set; } = PayrollFileFormat.Csv;
}
