using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Data;

internal static class ServiceCollectionConfigurationExtensions
{
    /// <summary>The configuration <see cref="TestDatabase"/> registered, for layers whose registration reads it.</summary>
    public static IConfiguration BuildConfiguration(this IServiceCollection services) =>
        (IConfiguration)services.Single(d => d.ServiceType == typeof(IConfiguration)).ImplementationInstance!;
}
