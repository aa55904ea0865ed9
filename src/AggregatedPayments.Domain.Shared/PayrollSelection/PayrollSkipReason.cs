namespace AggregatedPayments.Payroll;

/// <summary>Why a chosen item was not submitted (or discarded): reported with counts, never dropped silently.</summary>
public enum PayrollSkipReason
{
    /// <summary>It failed validation; a later intake can fix it.</summary>
    Invalid,

    AlreadySubmitted,

    Discarded,

    /// <summary>No such item in this merchant (an id given by hand).</summary>
    NotFound,

    /// <summary>Alone above the single limit of the channel it would go through: no order could carry it.</summary>
    AboveLimit
}
