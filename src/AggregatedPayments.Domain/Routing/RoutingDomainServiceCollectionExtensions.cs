using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Routing;

public static class RoutingDomainServiceCollectionExtensions
{
    public static IServiceCollection AddRoutingDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new PayoutRouter(Random.Shared));
        services.TryAddScoped<MerchantTimeZone>();
        services.TryAddScoped<DailyLimitBookkeeping>();
        return services;
    }
}
