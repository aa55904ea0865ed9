namespace AggregatedPayments.BackgroundJobs;

/// <param name="Key">Tells the runs apart.</param>
/// <param name="FailTimes">How many tries fail before one succeeds.</param>
[BackgroundJobName("Tests.Probe")]
public sealed record ProbeJobArgs(string Key, int FailTimes = 0);
