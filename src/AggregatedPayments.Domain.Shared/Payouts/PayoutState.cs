namespace AggregatedPayments.Payouts;

/// <summary>
/// Where a payout order and each of its attempts stand. The allowed moves are in one table
/// (<c>PayoutStateMachine</c> in the domain); stored as numbers, so never renumber a member.
/// </summary>
public enum PayoutState
{
    /// <summary>Created, nothing held, nothing sent: may still be corrected or cancelled.</summary>
    PendingSubmission = 0,

    /// <summary>An attempt exists: its key and request are stored and the amount is held; it may not have left yet.</summary>
    Submitting = 1,

    /// <summary>The provider took the payout and has not finished it.</summary>
    Processing = 2,

    Succeeded = 3,

    /// <summary>Definitely not paid; the hold is released and a new attempt (new key) may follow.</summary>
    Failed = 4,

    /// <summary>Stopped before it left, or cancelled by the provider; the hold is released.</summary>
    Cancelled = 5,

    /// <summary>We do not know whether the provider took it: the hold and the key stay until a query decides.</summary>
    Unknown = 6,

    /// <summary>Paid, then given back by the bank or provider; a new attempt may follow.</summary>
    Returned = 7
}
