using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.AuditLogging;

public static class AuditLoggingEntityFrameworkCoreServiceCollectionExtensions
{
    public static IServiceCollection AddAuditLoggingEntityFrameworkCore(this IServiceCollection services)
    {
        services.TryAddScoped<AuditScope>();
        services.AddScoped<IInterceptor, EntityChangeInterceptor>();
        return services;
    }
}
