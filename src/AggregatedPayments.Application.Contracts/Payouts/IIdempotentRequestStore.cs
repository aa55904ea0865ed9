namespace AggregatedPayments.Payouts;

/// <summary>
/// Keeps API callers' Idempotency-Keys (per merchant and user, 24 hours) for the HTTP filter that honours
/// them. Not an HTTP service: the filter in HttpApi reaches storage only through this contract.
/// </summary>
public interface IIdempotentRequestStore
{
    /// <summary>
    /// Claims <paramref name="key"/> for a request whose content hashes to <paramref name="requestHash"/>, or
    /// gives back the stored answer of the same request. Throws a conflict when the key came with another
    /// request, or while the first request with it is still running.
    /// </summary>
    Task<IdempotentRequestClaim> ClaimAsync(string key, string requestHash, CancellationToken cancellationToken);

    /// <summary>Keeps the answer of the request that claimed the key, for its repeats.</summary>
    Task CompleteAsync(Guid claimId, int statusCode, string responseBody, CancellationToken cancellationToken);

    /// <summary>Lets the key go (the request failed and changed nothing), so a repeat runs again.</summary>
    Task ReleaseAsync(Guid claimId, CancellationToken cancellationToken);
}
