using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.ChannelCallbacks;

public static class ChannelCallbacksDomainServiceCollectionExtensions
{
    public static IServiceCollection AddChannelCallbacksDomain(this IServiceCollection services)
    {
        services.TryAddScoped<ChannelCallbackReceiver>();
        services.AddOptions<ChannelCallbackOptions>().BindConfiguration(ChannelCallbackOptions.Section);
        services.TryAddSingleton<ChannelCallbackAddresses>();
        return services;
    }
}
