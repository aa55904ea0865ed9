namespace AggregatedPayments.Payouts;

/// <summary>What an answer did to an order.</summary>
public enum PayoutAnswerOutcome
{
    /// <summary>The attempt moved; the ledger posted what the move means.</summary>
    Moved,

    /// <summary>The attempt was already where the answer puts it (a duplicate): nothing written.</summary>
    Unchanged,

    /// <summary>The table forbids the move (a late or out-of-order answer against a final state): recorded, not applied.</summary>
    Ignored,

    /// <summary>Someone else changed the order first; reload and decide again.</summary>
    LostRace
}
