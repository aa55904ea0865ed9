namespace AggregatedPayments.Payroll.DataSources;

/// <param name="Message">What the source answered, or what to fix; never a secret.</param>
public sealed record PayrollDataSourceTestResultDto(bool Succeeded, string Message);
