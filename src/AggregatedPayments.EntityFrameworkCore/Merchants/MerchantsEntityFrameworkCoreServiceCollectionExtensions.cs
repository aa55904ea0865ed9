using AggregatedPayments.Merchants.Credentials;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Merchants;

public static class MerchantsEntityFrameworkCoreServiceCollectionExtensions
{
    public static IServiceCollection AddMerchantsEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddSingleton<ApiRequestNoncePurgeSchedule>();
        services.AddScoped<IApiRequestNonceStore, EfApiRequestNonceStore>();
        return services;
    }
}
