namespace AggregatedPayments.Payroll.DataSources;

/// <summary>What create and update share; give the part of the source's kind.</summary>
public abstract class PayrollDataSourceInputDto
{
    public string? Name { get; set; }

    public bool IsEnabled { get; set; } = true;

    public PayrollHttpSourceInputDto? Http { get; set; }

    public PayrollDatabaseSourceInputDto? Database { get; set; }
}
