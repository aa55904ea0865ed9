namespace AggregatedPayments.Channels;

/// <summary>What one send of a stored batch achieved.</summary>
public abstract record BatchSubmitResult
{
    private BatchSubmitResult()
    {
    }

    /// <summary>
    /// The provider answered about the batch: one result per item, by the item's key — accepted (with its
    /// state), refused with the provider's raw code, or unknown (an item key the provider saw with other
    /// parameters). A verifiable refusal of the whole batch is every item refused with that code.
    /// </summary>
    public sealed record Accepted(IReadOnlyList<BatchItemResult> Items) : BatchSubmitResult;

    /// <summary>No trustworthy answer about the batch (a timeout, a 5xx, a batch key clash): every item is unknown until a query settles it.</summary>
    public sealed record Unknown(string Reason, ProviderError? Error = null) : BatchSubmitResult;
}
