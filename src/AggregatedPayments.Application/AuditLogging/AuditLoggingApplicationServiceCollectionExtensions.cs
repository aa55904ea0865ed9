using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.AuditLogging;

public static class AuditLoggingApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddAuditLoggingApplication(this IServiceCollection services) =>
        services.AddScoped<IAuditLogAppService, AuditLogAppService>();
}
