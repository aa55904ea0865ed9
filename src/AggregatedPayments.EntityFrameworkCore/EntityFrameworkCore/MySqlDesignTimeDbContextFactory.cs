using AggregatedPayments.Data;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AggregatedPayments.EntityFrameworkCore;

/// <summary>Used only by `dotnet ef migrations add --context MySqlAggregatedPaymentsDbContext`; needs no server.</summary>
public sealed class MySqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<MySqlAggregatedPaymentsDbContext>
{
    public MySqlAggregatedPaymentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MySqlAggregatedPaymentsDbContext>()
                .UseMySql("Server=localhost;Database=design", ServerVersion.Parse(new DatabaseOptions().ServerVersion)).Options,
            new DbContextDependencies(new CurrentTenant(), new DataFilter(), TimeProvider.System));
}
