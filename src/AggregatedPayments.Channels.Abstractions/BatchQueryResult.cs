namespace AggregatedPayments.Channels;

/// <summary>What the provider says about a batch looked up by our batch key.</summary>
public abstract record BatchQueryResult
{
    private BatchQueryResult()
    {
    }

    /// <summary>The batch, one entry per item it holds; an item the provider refused at submit is Found as Failed with its code.</summary>
    public sealed record Found(IReadOnlyList<BatchItemQueryResult> Items) : BatchQueryResult;

    /// <summary>The provider has no batch under that key: it never arrived.</summary>
    public sealed record NotFound : BatchQueryResult;

    /// <summary>The query itself failed: ask again later.</summary>
    public sealed record Unknown(string Reason) : BatchQueryResult;
}
