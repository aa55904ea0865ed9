namespace AggregatedPayments.BackgroundJobs;

/// <summary>Arguments of a job nobody registered a handler for.</summary>
public sealed record UnregisteredJobArgs(string Key);
