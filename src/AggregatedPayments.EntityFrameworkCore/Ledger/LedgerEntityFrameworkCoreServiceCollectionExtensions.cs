using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Ledger;

public static class LedgerEntityFrameworkCoreServiceCollectionExtensions
{
    public static IServiceCollection AddLedgerEntityFrameworkCore(this IServiceCollection services) =>
        services.AddScoped<ILedgerStore, EfLedgerStore>();
}
