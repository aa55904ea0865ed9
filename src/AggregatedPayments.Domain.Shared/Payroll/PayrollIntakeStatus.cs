namespace AggregatedPayments.Payroll;

public enum PayrollIntakeStatus
{
    Running,
    Completed,

    /// <summary>Stopped by an error (the source, the file); what was written before stays, counted.</summary>
    Failed,

    /// <summary>Stopped on request between two batches; what was written before stays, counted.</summary>
    Cancelled
}
