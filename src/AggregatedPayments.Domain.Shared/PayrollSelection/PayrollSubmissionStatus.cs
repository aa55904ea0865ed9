namespace AggregatedPayments.Payroll;

public enum PayrollSubmissionStatus
{
    /// <summary>Its job is handing the chosen items to the money core, chunk by chunk.</summary>
    Running,

    Completed,

    /// <summary>Stopped on an unexpected error; what was submitted before stays, and the same selection submitted again finishes it.</summary>
    Failed
}
