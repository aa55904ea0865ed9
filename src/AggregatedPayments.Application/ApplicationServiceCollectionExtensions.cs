using AggregatedPayments.Dictionaries;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The application services (use cases), wired explicitly; each feature adds its line here.</summary>
    public static IServiceCollection AddAggregatedPaymentsApplication(this IServiceCollection services)
    {
        services.AddDictionariesApplication();
        return services;
    }
}
