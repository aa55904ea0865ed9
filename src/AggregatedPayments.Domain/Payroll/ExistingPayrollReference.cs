namespace AggregatedPayments.Payroll;

/// <summary>
/// A merchant reference already taken: by a payroll item (<paramref name="ItemId"/> set) or by a payout line
/// made straight through the payouts API. The content hash and the account's blind index decide whether a
/// repeat is the same payment.
/// </summary>
public sealed record ExistingPayrollReference(string Reference, Guid? ItemId, string ContentHash, string AccountNumberIndex, bool IsValid, bool IsPending)
{
    /// <summary>Only an invalid item still pending was never payable, so only it may take new content.</summary>
    public bool IsReplaceable => ItemId is not null && !IsValid && IsPending;
}
