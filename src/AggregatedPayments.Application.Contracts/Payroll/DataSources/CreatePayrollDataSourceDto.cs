namespace AggregatedPayments.Payroll.DataSources;

public sealed class CreatePayrollDataSourceDto : PayrollDataSourceInputDto
{
    /// <summary>Fixed once created.</summary>
    public PayrollDataSourceKind Kind { get; set; }
}
