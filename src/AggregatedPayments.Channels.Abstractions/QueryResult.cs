namespace AggregatedPayments.Channels;

/// <summary>What the provider says about a payout looked up by our own key.</summary>
public abstract record QueryResult
{
    private QueryResult()
    {
    }

    /// <param name="Amount">As the provider reports it, already checked against the request by the adapter when the request is known.</param>
    /// <param name="Fee">The provider's fee for this payout, when it reports one.</param>
    public sealed record Found(
        ChannelPayoutState State,
        string? ProviderReference,
        ChannelAmount? Amount,
        ChannelAmount? Fee,
        ProviderError? Failure,
        DateTime? CompletedAtUtc) : QueryResult;

    /// <summary>The provider has no payout under that key: it never arrived. Distinct from <see cref="Unknown"/>.</summary>
    public sealed record NotFound : QueryResult;

    /// <summary>The query itself failed (timeout, 5xx, unverifiable answer): ask again later.</summary>
    public sealed record Unknown(string Reason) : QueryResult;
}
