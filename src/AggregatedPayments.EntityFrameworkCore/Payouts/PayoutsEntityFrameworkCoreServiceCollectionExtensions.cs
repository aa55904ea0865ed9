using AggregatedPayments.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payouts;

public static class PayoutsEntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>The order store and the ledger store it commits with.</summary>
    public static IServiceCollection AddPayoutsEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddLedgerEntityFrameworkCore();
        return services.AddScoped<IPayoutOrderStore, EfPayoutOrderStore>();
    }
}
