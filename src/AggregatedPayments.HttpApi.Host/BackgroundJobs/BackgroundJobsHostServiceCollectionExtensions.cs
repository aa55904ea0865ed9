namespace AggregatedPayments.BackgroundJobs;

public static class BackgroundJobsHostServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BackgroundJobOptions"/> from the "BackgroundJobs" section (checked at start) and
    /// runs the polling worker unless BackgroundJobs:IsWorkerEnabled is false.
    /// </summary>
    public static IServiceCollection AddBackgroundJobWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BackgroundJobOptions>()
            .Bind(configuration.GetSection(BackgroundJobOptions.SectionName))
            .ValidateOnStart();
        services.AddHostedService<BackgroundJobHostedService>();
        return services;
    }
}
