using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>A test database with the job machinery and <see cref="ProbeJob"/> registered, and shortcuts over it.</summary>
public static class BackgroundJobTesting
{
    public static Task<TestDatabase> CreateDatabaseAsync(
        Action<BackgroundJobOptions>? options = null, Action<IServiceCollection>? configure = null) =>
        TestDatabase.CreateAsync(services =>
        {
            services.AddBackgroundJobsDomain();
            services.AddSingleton<ProbeLog>();
            services.AddBackgroundJob<ProbeJob, ProbeJobArgs>();
            if (options is not null)
            {
                services.Configure(options);
            }

            configure?.Invoke(services);
        });

    public static ProbeLog ProbeLog(this TestDatabase database) => database.Services.GetRequiredService<ProbeLog>();

    public static BackgroundJobOptions JobOptions(this TestDatabase database) =>
        database.Services.GetRequiredService<IOptions<BackgroundJobOptions>>().Value;

    /// <summary>A worker of its own, as another host process would have.</summary>
    public static BackgroundJobWorker NewWorker(this TestDatabase database) =>
        ActivatorUtilities.CreateInstance<BackgroundJobWorker>(database.Services);

    /// <summary>Enqueues and saves, as an application service would, inside <paramref name="tenantId"/>.</summary>
    public static async Task<Guid> EnqueueAsync(
        this TestDatabase database,
        ProbeJobArgs args,
        Guid? tenantId = null,
        BackgroundJobPriority priority = BackgroundJobPriority.Normal,
        TimeSpan? delay = null)
    {
        using var tenant = database.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = database.CreateScope();
        var id = await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(args, priority, delay);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return id;
    }

    public static async Task<List<BackgroundJobRecord>> GetJobsAsync(this TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>()
            .Set<BackgroundJobRecord>().AsNoTracking().ToListAsync();
    }
}
