using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Routing;

public static class RoutingEntityFrameworkCoreServiceCollectionExtensions
{
    public static IServiceCollection AddRoutingEntityFrameworkCore(this IServiceCollection services) =>
        services.AddScoped<IDailyUsageStore, EfDailyUsageStore>();
}
