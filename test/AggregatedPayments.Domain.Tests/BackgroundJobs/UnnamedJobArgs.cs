namespace AggregatedPayments.BackgroundJobs;

/// <summary>Arguments without a <see cref="BackgroundJobNameAttribute"/>.</summary>
public sealed record UnnamedJobArgs(int Number);
