using AggregatedPayments.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The application services (use cases), wired explicitly; each feature adds its line here.</summary>
    public static IServiceCollection AddAggregatedPaymentsApplication(this IServiceCollection services)
    {
        services.AddSettingsApplication();
        return services;
    }
}
