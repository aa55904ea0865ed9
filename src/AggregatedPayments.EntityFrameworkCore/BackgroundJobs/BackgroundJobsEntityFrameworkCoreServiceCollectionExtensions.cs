using AggregatedPayments.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.BackgroundJobs;

public static class BackgroundJobsEntityFrameworkCoreServiceCollectionExtensions
{
    public static IServiceCollection AddBackgroundJobsEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IBackgroundJobStore, EfBackgroundJobStore>();

        // One writer at a time on SQLite: more runs at once only queue for its lock (see MaxConcurrencyOnSqlite).
        services.AddOptions<BackgroundJobOptions>().PostConfigure<DatabaseOptions>((jobs, database) =>
        {
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                jobs.MaxConcurrency = Math.Min(jobs.MaxConcurrency, jobs.MaxConcurrencyOnSqlite);
            }
        });
        return services;
    }
}
