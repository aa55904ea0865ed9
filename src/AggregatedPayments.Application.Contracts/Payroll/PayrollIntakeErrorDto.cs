namespace AggregatedPayments.Payroll;

/// <summary>One refused line: its line (the header is line 1 in a file), its reference as given, and every reason.</summary>
public sealed record PayrollIntakeErrorDto(long Line, string? MerchantReference, IReadOnlyList<PayrollErrorDto> Errors);
