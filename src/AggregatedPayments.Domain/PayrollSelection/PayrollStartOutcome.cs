namespace AggregatedPayments.Payroll;

/// <param name="RefusalCode">Why the start was refused (the order waits in PendingSubmission); null when the order is on its way or held.</param>
/// <param name="AwaitingApproval">True when the order is above an approval threshold: held, it starts once a second user approves it.</param>
public sealed record PayrollStartOutcome(string? RefusalCode, bool AwaitingApproval = false)
{
    public static PayrollStartOutcome Started { get; } = new((string?)null);

    public static PayrollStartOutcome HeldForApproval { get; } = new(null, AwaitingApproval: true);
}
