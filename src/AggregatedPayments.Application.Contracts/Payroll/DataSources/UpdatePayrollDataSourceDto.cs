namespace AggregatedPayments.Payroll.DataSources;

public sealed class UpdatePayrollDataSourceDto : PayrollDataSourceInputDto
{
    /// <summary>The version the editor read: a source changed by someone else meanwhile is not overwritten.</summary>
    public int Version { get; set; }
}
