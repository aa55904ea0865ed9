using AggregatedPayments.Data;
using AggregatedPayments.Merchants;
using AggregatedPayments.Merchants.Credentials;

namespace AggregatedPayments.Demo;

/// <summary>
/// The demo merchant's current API credential, which signs the platform's calls to its data source and its
/// notifications. The demo's receivers live in the platform's own process, so they read it from the
/// platform instead of holding a copy; a merchant's real systems keep the secret they were shown.
/// </summary>
public sealed class DemoMerchantKeys(IRepository<Merchant> merchants, IAsyncQueryExecuter executer, IMerchantSigningCredentials credentials)
{
    public async Task<MerchantSigningCredential?> CurrentAsync(CancellationToken cancellationToken)
    {
        var merchantId = await executer.FirstOrDefaultAsync(
            merchants.QueryNoTracking().Where(m => m.Code == DemoNames.MerchantCode).Select(m => (Guid?)m.Id), cancellationToken);
        return merchantId is { } id ? await credentials.GetCurrentAsync(id, cancellationToken) : null;
    }
}
