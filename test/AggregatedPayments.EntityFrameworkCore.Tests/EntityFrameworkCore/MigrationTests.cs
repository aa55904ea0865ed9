using AggregatedPayments.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.EntityFrameworkCore;

public sealed class MigrationTests
{
    [Fact]
    public async Task Should_have_a_migration_for_every_model_change_on_the_current_provider()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "the model has changes no migration covers: run etc/scripts/add-migration.sh <Name>");
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }
}
