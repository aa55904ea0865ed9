using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Ledger;

public static class LedgerApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddLedgerApplication(this IServiceCollection services) =>
        services.AddScoped<ILedgerAppService, LedgerAppService>();
}
