using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.BackgroundJobs;

public static class BackgroundJobsDomainServiceCollectionExtensions
{
    /// <summary>The job manager, the handler registry and the worker; the store comes from the EF Core layer.</summary>
    public static IServiceCollection AddBackgroundJobsDomain(this IServiceCollection services)
    {
        services.AddOptions<BackgroundJobOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BackgroundJobOptions>, BackgroundJobOptionsValidator>());
        services.TryAddSingleton<BackgroundJobRegistry>();
        services.TryAddScoped<IBackgroundJobManager, BackgroundJobManager>();
        services.TryAddSingleton<BackgroundJobWorker>();
        return services;
    }

    /// <summary>Registers a job handler under its arguments' job name (see <see cref="BackgroundJobNameAttribute"/>); resolved in each job's own scope.</summary>
    public static IServiceCollection AddBackgroundJob<TJob, TArgs>(this IServiceCollection services)
        where TJob : class, IBackgroundJob<TArgs>
    {
        services.TryAddScoped<TJob>();
        services.AddSingleton(BackgroundJobRegistration.For<TJob, TArgs>());
        return services;
    }
}
