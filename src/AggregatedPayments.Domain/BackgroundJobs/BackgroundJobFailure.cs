namespace AggregatedPayments.BackgroundJobs;

/// <summary>What a failed try leaves on the job: the error, and when to try again or that it is given up.</summary>
public sealed record BackgroundJobFailure(string Error, DateTime NextTryTime, bool Abandon);
