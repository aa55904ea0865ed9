namespace AggregatedPayments.Payroll;

/// <summary>How many chosen items were left out for one reason, with the reason's text in the caller's language.</summary>
public sealed record PayrollSkippedDto(PayrollSkipReason Reason, string Code, string Text, int Count);
