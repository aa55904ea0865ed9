using AggregatedPayments.Data;

namespace AggregatedPayments.Merchants.Policies;

/// <summary>Reads the policy stored with the merchant row (a platform row: no tenant filter applies to it).</summary>
public sealed class MerchantPayoutPolicyReader(IRepository<Merchant> merchants, IAsyncQueryExecuter executer) : IMerchantPayoutPolicyReader
{
    public async Task<MerchantPayoutPolicy> GetAsync(Guid merchantId, CancellationToken cancellationToken) =>
        await executer.FirstOrDefaultAsync(
            merchants.QueryNoTracking().Where(m => m.Id == merchantId).Select(m => m.PayoutPolicy),
            cancellationToken) ?? MerchantPayoutPolicy.Empty;
}
