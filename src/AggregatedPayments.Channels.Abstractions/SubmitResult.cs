namespace AggregatedPayments.Channels;

/// <summary>What one send of a stored request achieved, before the platform classifies refusals.</summary>
public abstract record SubmitResult
{
    private SubmitResult()
    {
    }

    /// <summary>The provider took the payout; <paramref name="State"/> may already be final.</summary>
    /// <param name="Failure">The provider's code and reason when the answer is already a final failure and names them.</param>
    public sealed record Accepted(string? ProviderReference, ChannelPayoutState State, ProviderError? Failure = null) : SubmitResult;

    /// <summary>The provider answered, verifiably, with an error code.</summary>
    public sealed record Refused(ProviderError Error) : SubmitResult;

    /// <summary>No trustworthy answer: a timeout, a 5xx, a rate limit, an unverifiable signature, a key clash. Only a query resolves it.</summary>
    public sealed record Unknown(string Reason, ProviderError? Error = null) : SubmitResult;
}
