namespace AggregatedPayments.Payouts;

/// <summary>Either the key is now this request's (<see cref="ClaimId"/>), or it was answered before and the answer is replayed.</summary>
public sealed record IdempotentRequestClaim(Guid? ClaimId, int? ReplayStatusCode, string? ReplayBody)
{
    public bool IsReplay => ClaimId is null;
}
