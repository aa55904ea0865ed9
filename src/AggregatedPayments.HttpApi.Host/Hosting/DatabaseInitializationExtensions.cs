using AggregatedPayments.EntityFrameworkCore;

namespace AggregatedPayments.Hosting;

public static class DatabaseInitializationExtensions
{
    /// <summary>
    /// Migrates and seeds before the first request when Database:MigrateOnStartup is true (the
    /// embedded default); deployments leave it false and run the DbMigrator instead.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(app.Lifetime.ApplicationStopping);
    }
}
