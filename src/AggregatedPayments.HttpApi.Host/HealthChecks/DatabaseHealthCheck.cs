using AggregatedPayments.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AggregatedPayments.HealthChecks;

/// <summary>Ready means the database answers; live means only that the process runs.</summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
