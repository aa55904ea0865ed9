using AggregatedPayments.Data;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Demo;

public static class DemoApplicationServiceCollectionExtensions
{
    /// <summary>The demo's seed; it does nothing unless Demo:Enabled.</summary>
    public static IServiceCollection AddDemoApplication(this IServiceCollection services) =>
        services.AddScoped<IDataSeedContributor, DemoSeedContributor>();
}
