using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Settings;

public static class SettingsApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddSettingsApplication(this IServiceCollection services)
    {
        services.TryAddScoped<ISettingsAppService, SettingsAppService>();
        return services;
    }
}
