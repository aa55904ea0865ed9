using AggregatedPayments.Channels.Alipay;
using AggregatedPayments.Channels.GenericHttp;
using AggregatedPayments.Channels.Sandbox;

namespace AggregatedPayments.Channels;

public static class ChannelAdapterServiceCollectionExtensions
{
    /// <summary>
    /// The installed provider adapters, one instance each, found by their provider name. The sandbox
    /// keeps its accounts in memory, so it must be a single instance for the whole process.
    /// </summary>
    public static IServiceCollection AddChannelAdapters(this IServiceCollection services)
    {
        services.AddSingleton<IPayoutChannelAdapter, AlipayChannelAdapter>();
        services.AddSingleton<IPayoutChannelAdapter, GenericHttpChannelAdapter>();
        services.AddSingleton<SandboxChannelAdapter>();
        services.AddSingleton<IPayoutChannelAdapter>(sp => sp.GetRequiredService<SandboxChannelAdapter>());
        return services;
    }
}
