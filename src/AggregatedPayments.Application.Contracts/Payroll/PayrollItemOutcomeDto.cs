namespace AggregatedPayments.Payroll;

/// <summary>What became of one item of a request: <see cref="ItemId"/> is the item now holding its reference, when there is one.</summary>
public sealed record PayrollItemOutcomeDto(long Line, string? MerchantReference, PayrollItemOutcomeKind Kind, Guid? ItemId, IReadOnlyList<PayrollErrorDto> Errors);
