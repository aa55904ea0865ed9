namespace AggregatedPayments.Payroll;

public enum PayrollItemStatus
{
    /// <summary>Waiting for a clerk to choose it (only valid items can be chosen).</summary>
    Pending,

    /// <summary>Handed to the money core: its payout order says what happened to it.</summary>
    Submitted,

    /// <summary>Set aside by a clerk; never paid. Its reference stays taken.</summary>
    Discarded
}
