using AggregatedPayments.BackgroundJobs;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>Run the pull recorded as <paramref name="IntakeId"/> over <paramref name="DataSourceId"/>.</summary>
[BackgroundJobName("Payroll.DataSourcePull")]
public sealed record PayrollPullJobArgs(Guid DataSourceId, Guid IntakeId);
