namespace AggregatedPayments.Payroll;

/// <summary>The items one order carries, to be marked submitted with it.</summary>
public sealed record PayrollOrderItems(Guid OrderId, IReadOnlyList<Guid> ItemIds);
