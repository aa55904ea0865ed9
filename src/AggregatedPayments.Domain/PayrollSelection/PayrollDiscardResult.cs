namespace AggregatedPayments.Payroll;

public sealed record PayrollDiscardResult(PayrollDiscard Discard, PayrollSkipCounts Skipped);
