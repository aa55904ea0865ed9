using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Settings;

public static class SettingsDomainServiceCollectionExtensions
{
    /// <summary>
    /// Reading and writing setting values. The definitions come from the <see cref="ISettingDefinitionProvider"/>s
    /// the start-up scan registers (FoundationSettingDefinitionProvider among them). Calling it twice registers nothing twice.
    /// </summary>
    public static IServiceCollection AddSettingsDomain(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SettingDefinitionManager>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISettingValueRuleProvider, FoundationSettingValueRuleProvider>());
        services.TryAddSingleton<SettingValueRules>();
        services.TryAddSingleton<SettingCache>();
        services.TryAddScoped<ISettingProvider, SettingProvider>();
        services.TryAddScoped<SettingManager>();
        return services;
    }
}
