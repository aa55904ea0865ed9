using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.AuditLogging;

public static class AuditLoggingDomainServiceCollectionExtensions
{
    public static IServiceCollection AddAuditLoggingDomain(this IServiceCollection services)
    {
        // TryAdd: the EF Core layer registers the scope too, since its save interceptor needs it.
        services.TryAddScoped<AuditScope>();
        services.AddSingleton<AuditLogWriter>();
        return services;
    }
}
