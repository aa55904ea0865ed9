using AggregatedPayments.Data;
using AggregatedPayments.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.AuditLogging;

/// <summary>
/// Saves an audit row in a scope of its own, with its own DbContext and connection, so that it is
/// kept when the request's transaction rolled back. It never throws: a lost audit row is logged,
/// and the answer the client gets does not depend on it.
/// </summary>
public sealed class AuditLogWriter(IServiceScopeFactory scopeFactory, ILogger<AuditLogWriter> logger)
{
    public async Task<bool> TryWriteAsync(AuditLog auditLog)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var services = scope.ServiceProvider;

            // The row belongs to the merchant the request acted in; the DbContext only saves a row into the current tenant.
            using (services.GetRequiredService<ICurrentTenant>().Change(auditLog.TenantId))
            {
                await services.GetRequiredService<IRepository<AuditLog>>().InsertAsync(auditLog);

                // Not the request's token: a client that hung up must still leave its trace.
                await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            }

            return true;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Audit row for {HttpMethod} {Url} answered {StatusCode} (correlation {CorrelationId}) could not be written",
                auditLog.HttpMethod, auditLog.Url, auditLog.StatusCode, auditLog.CorrelationId);
            return false;
        }
    }
}
