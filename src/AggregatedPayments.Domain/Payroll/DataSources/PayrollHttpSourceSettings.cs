namespace AggregatedPayments.Payroll.DataSources;

/// <param name="PageSize">Items asked for per page; <see cref="PayrollDataSourceConsts.DefaultPageSize"/> when null.</param>
public sealed record PayrollHttpSourceSettings(string? Url, int? PageSize);
