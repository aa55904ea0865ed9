using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.BackgroundJobs;

public static class BackgroundJobsEntityFrameworkCoreServiceCollectionExtensions
{
    public static IServiceCollection AddBackgroundJobsEntityFrameworkCore(this IServiceCollection services) =>
        services.AddScoped<IBackgroundJobStore, EfBackgroundJobStore>();
}
