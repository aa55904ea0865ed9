using AggregatedPayments.Data;
using AggregatedPayments.Merchants;
using AggregatedPayments.Merchants.Policies;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payouts;

/// <summary>Sets a test merchant's approval thresholds straight through the domain, as the parameters API would, without its limits.</summary>
public static class ApprovalThresholds
{
    /// <summary>The merchant's CNY thresholds, and its time zone when given.</summary>
    public static async Task SetAsync(IServiceProvider root, PayoutMerchant m, long? single = null, long? daily = null, string? timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(m);
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var merchant = await services.GetRequiredService<IRepository<Merchant>>().GetAsync(m.Merchant.Id);
        merchant.SetPayoutPolicy(new MerchantPayoutPolicy(null, [], [new MerchantCurrencyLimit("CNY", ApprovalSingleMinor: single, ApprovalDailyMinor: daily)]));
        if (timeZone is not null)
        {
            services.GetRequiredService<MerchantManager>().ChangeTimeZone(merchant, timeZone);
        }

        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }
}
