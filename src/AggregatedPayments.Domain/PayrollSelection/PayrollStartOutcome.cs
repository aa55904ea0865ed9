namespace AggregatedPayments.Payroll;

/// <param name="RefusalCode">Why the start was refused (the order waits in PendingSubmission); null when the order is on its way.</param>
public sealed record PayrollStartOutcome(string? RefusalCode)
{
    public static PayrollStartOutcome Started { get; } = new((string?)null);

    public bool IsStarted => RefusalCode is null;
}
