namespace AggregatedPayments.Ledger;

/// <summary>What caused a posting; with the source (attempt or balance sync) it is unique, so each event posts once.</summary>
public enum LedgerEventKind
{
    /// <summary>Adjustments ↔ Available: our mirror brought in line with the provider's balance.</summary>
    BalanceSync = 0,

    /// <summary>Available → Held when an attempt is created.</summary>
    Hold = 1,

    /// <summary>Held → PaidOut when the attempt succeeded.</summary>
    Success = 2,

    /// <summary>The provider's fee for a successful attempt, into Fees.</summary>
    Fee = 3,

    /// <summary>Held → Available when the attempt failed or was cancelled.</summary>
    Release = 4,

    /// <summary>PaidOut → Available when a paid attempt was returned.</summary>
    Return = 5
}
