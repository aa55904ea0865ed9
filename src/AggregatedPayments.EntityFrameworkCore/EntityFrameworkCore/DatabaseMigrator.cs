using AggregatedPayments.Data;
using AggregatedPayments.FaultInjection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.EntityFrameworkCore;

/// <summary>Creates the database when missing, applies the provider's migrations, then seeds.</summary>
public sealed class DatabaseMigrator(AggregatedPaymentsDbContext db, DataSeeder seeder, IFaultPoints faultPoints, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            EnsureSqliteFolder(db.Database.GetConnectionString());
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        logger.LogInformation("Applying {Count} migration(s) on {Provider}", pending.Count, db.Database.ProviderName);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        faultPoints.Reach(FaultPointNames.AfterMigration);
        await seeder.SeedAsync(cancellationToken);
    }

    private static void EnsureSqliteFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
