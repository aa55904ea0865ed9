using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.Callbacks;

public static class CallbackServiceCollectionExtensions
{
    public static IServiceCollection AddSimulatorCallbacks(this IServiceCollection services)
    {
        services.AddSimulatorState<CallbackOutbox>();
        services.AddSingleton<CallbackDelivery>();
        services.AddHttpClient(CallbackDelivery.HttpClientName);
        return services;
    }
}
