using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.EntityFrameworkCore;

public sealed class SqliteAggregatedPaymentsDbContext(
    DbContextOptions<SqliteAggregatedPaymentsDbContext> options,
    DbContextDependencies dependencies)
    : AggregatedPaymentsDbContext(options, dependencies);
