namespace AggregatedPayments.Payroll;

/// <summary>What one batch of an intake writes, in one transaction: new items, invalid items they replace, refused lines, and the counts.</summary>
public sealed record PayrollBatchWrite(
    Guid IntakeId,
    IReadOnlyList<PayrollItem> NewItems,
    IReadOnlyList<Guid> ReplacedItemIds,
    IReadOnlyList<PayrollIntakeError> Errors,
    PayrollIntakeCounts Counts);
