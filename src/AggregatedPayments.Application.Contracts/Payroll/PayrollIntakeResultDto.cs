namespace AggregatedPayments.Payroll;

/// <summary>The answer to items sent through the API: the intake they made and each item's outcome, in the order sent.</summary>
public sealed record PayrollIntakeResultDto(PayrollIntakeDto Intake, IReadOnlyList<PayrollItemOutcomeDto> Items);
