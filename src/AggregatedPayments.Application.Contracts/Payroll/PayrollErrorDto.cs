namespace AggregatedPayments.Payroll;

/// <summary>A stable code and its text in the caller's language.</summary>
public sealed record PayrollErrorDto(string Code, string Message);
