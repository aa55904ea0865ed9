using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.AuditLogging;

public static class AuditLoggingDomainServiceCollectionExtensions
{
    /// <summary>Idempotent: the EF Core layer registers the scope too, since its save interceptor needs it.</summary>
    public static IServiceCollection AddAuditLoggingDomain(this IServiceCollection services)
    {
        services.TryAddScoped<AuditScope>();
        services.TryAddSingleton<AuditLogWriter>();
        return services;
    }
}
