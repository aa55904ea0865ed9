using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Channels;

public static class ChannelsApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddChannelsApplication(this IServiceCollection services) =>
        services.AddScoped<IChannelAppService, ChannelAppService>()
            .AddScoped<IMerchantChannelAppService, MerchantChannelAppService>()
            .AddScoped<IMyChannelAppService, MyChannelAppService>();
}
