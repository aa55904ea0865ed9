using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.ChannelCallbacks;

public static class ChannelCallbacksApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddChannelCallbacksApplication(this IServiceCollection services) =>
        services.AddScoped<IChannelCallbackAppService, ChannelCallbackAppService>();
}
