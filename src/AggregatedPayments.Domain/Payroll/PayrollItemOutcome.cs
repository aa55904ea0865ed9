namespace AggregatedPayments.Payroll;

/// <summary>What became of one input line; <paramref name="ItemId"/> is the item holding its reference, when there is one.</summary>
public sealed record PayrollItemOutcome(long Line, string? MerchantReference, PayrollItemOutcomeKind Kind, Guid? ItemId, IReadOnlyList<string> Errors);
