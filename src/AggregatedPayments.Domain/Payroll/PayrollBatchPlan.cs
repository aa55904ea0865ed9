namespace AggregatedPayments.Payroll;

/// <summary>A classified batch: what to write, and what to tell about each line once it is written.</summary>
internal sealed record PayrollBatchPlan(PayrollBatchWrite Write, IReadOnlyList<PayrollItemOutcome> Outcomes);
