namespace AggregatedPayments.Payouts;

/// <summary>Stored by name; an approval is decided once, and only a correction or a changed order voids it.</summary>
public enum PayoutApprovalStatus
{
    Pending = 0,

    /// <summary>A second user approved this content; re-initiating the same content needs no new approval.</summary>
    Approved = 1,

    Rejected = 2,

    /// <summary>The content it bound to is gone (corrected, changed) or the order stopped waiting.</summary>
    Voided = 3
}
