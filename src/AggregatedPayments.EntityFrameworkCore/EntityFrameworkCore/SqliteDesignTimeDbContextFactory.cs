using AggregatedPayments.Data;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AggregatedPayments.EntityFrameworkCore;

/// <summary>Used only by `dotnet ef migrations add --context SqliteAggregatedPaymentsDbContext`.</summary>
public sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteAggregatedPaymentsDbContext>
{
    public SqliteAggregatedPaymentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAggregatedPaymentsDbContext>().UseSqlite("Data Source=design.db").Options,
            new DbContextDependencies(new CurrentTenant(), new DataFilter(), TimeProvider.System));
}
