namespace AggregatedPayments.Payroll;

public sealed record PayrollFailureCountDto(string Code, string Text, int Count);
