using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.AuditLogging;

public static class AuditLoggingEntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>Idempotent, so that a second call does not hand every DbContext the interceptor twice.</summary>
    public static IServiceCollection AddAuditLoggingEntityFrameworkCore(this IServiceCollection services)
    {
        services.TryAddScoped<AuditScope>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInterceptor, EntityChangeInterceptor>());
        return services;
    }
}
