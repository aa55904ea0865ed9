namespace AggregatedPayments.Ledger;

public enum LedgerPostOutcome
{
    Posted,

    /// <summary>This event had posted before: nothing written, not an error.</summary>
    AlreadyPosted,

    /// <summary>The credited account could not cover the amount (or changed under a guard): nothing written.</summary>
    NotCovered,

    /// <summary>There was nothing to move (a balance sync that found the balance right).</summary>
    NothingToPost
}
