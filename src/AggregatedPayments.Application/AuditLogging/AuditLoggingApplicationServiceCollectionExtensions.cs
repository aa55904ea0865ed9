using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.AuditLogging;

public static class AuditLoggingApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddAuditLoggingApplication(this IServiceCollection services)
    {
        services.TryAddScoped<IAuditLogAppService, AuditLogAppService>();
        return services;
    }
}
