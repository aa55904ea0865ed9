namespace AggregatedPayments.Payroll;

/// <summary>
/// An order of a submission that did not start. With an order id it waits in PendingSubmission and can be re-initiated
/// through the payouts API; without one its items are still pending.
/// </summary>
public sealed record PayrollStartFailureDto(int GroupNumber, Guid? OrderId, int ItemCount, long AmountMinor, string Currency, string Code, string Text);
