namespace AggregatedPayments.Payroll;

/// <summary>How a clerk chose items: one by one, by a filter, or every pending valid item.</summary>
public enum PayrollSelectionKind
{
    Items,
    Filter,
    AllPending
}
