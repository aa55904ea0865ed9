using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Settings;

public static class SettingsApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddSettingsApplication(this IServiceCollection services) =>
        services.AddScoped<ISettingsAppService, SettingsAppService>();
}
