namespace AggregatedPayments.Payroll.DataSources;

public sealed record PayrollHttpSourceDto(string Url, int PageSize);
