namespace AggregatedPayments.Merchants.Policies;

/// <summary>Reads a merchant's payout parameters, for intake validation, limits, approvals and notifications.</summary>
public interface IMerchantPayoutPolicyReader
{
    /// <summary><see cref="MerchantPayoutPolicy.Empty"/> for a merchant that has set nothing.</summary>
    Task<MerchantPayoutPolicy> GetAsync(Guid merchantId, CancellationToken cancellationToken);
}
