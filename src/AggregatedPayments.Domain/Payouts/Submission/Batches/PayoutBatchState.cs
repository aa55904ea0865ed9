namespace AggregatedPayments.Payouts;

/// <summary>Where a provider batch stands; its items' own states live on their attempts.</summary>
public enum PayoutBatchState
{
    /// <summary>Frozen and recorded as sent: the request may be out; no answer is recorded.</summary>
    Sending = 0,

    /// <summary>The provider answered item by item (to the first send or to the one resend).</summary>
    Answered = 1,

    /// <summary>No trustworthy answer: every item is Unknown until a query settles it.</summary>
    Unknown = 2,

    /// <summary>Not found twice, or not found past the provider's window: every open item went to a person.</summary>
    Unresolved = 3
}
