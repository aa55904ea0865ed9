namespace AggregatedPayments.Payouts;

public enum PayoutKind
{
    /// <summary>One line, one transfer.</summary>
    Plain = 0,

    /// <summary>Several lines to the same payee account and name, paid as one transfer of their sum.</summary>
    Aggregated = 1,

    /// <summary>The merchant's own balance to its registered card, through the channel's withdraw function.</summary>
    Withdrawal = 2
}
