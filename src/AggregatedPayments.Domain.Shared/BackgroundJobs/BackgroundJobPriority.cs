namespace AggregatedPayments.BackgroundJobs;

/// <summary>Due jobs run highest first. Stored as the number, so that the database orders them; the gaps leave room.</summary>
public enum BackgroundJobPriority
{
    Low = 10,
    Normal = 20,
    High = 30
}
