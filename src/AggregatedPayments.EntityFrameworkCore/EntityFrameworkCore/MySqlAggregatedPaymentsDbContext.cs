using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.EntityFrameworkCore;

public sealed class MySqlAggregatedPaymentsDbContext(
    DbContextOptions<MySqlAggregatedPaymentsDbContext> options,
    DbContextDependencies dependencies)
    : AggregatedPaymentsDbContext(options, dependencies)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasCharSet("utf8mb4");

        // MariaDB's default collation folds case and trailing spaces: "ABC" and "abc " would be one
        // merchant code or one reference. Key columns compare byte for byte instead.
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.FindAnnotation(KeyColumnExtensions.AnnotationName) is not null)
            {
                property.SetCollation("utf8mb4_bin");
            }
        }
    }
}
