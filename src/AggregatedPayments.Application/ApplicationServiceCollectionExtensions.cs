using AggregatedPayments.AuditLogging;
using AggregatedPayments.Interception;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The application services (use cases), wired explicitly; each feature adds its line here.</summary>
    public static IServiceCollection AddAggregatedPaymentsApplication(this IServiceCollection services)
    {
        services.AddInterceptionApplication();
        services.AddAuditLoggingApplication();
        return services;
    }
}
