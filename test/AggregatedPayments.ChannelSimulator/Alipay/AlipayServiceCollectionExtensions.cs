using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.Alipay;

public static class AlipayServiceCollectionExtensions
{
    public static IServiceCollection AddAlipaySimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AlipaySimulatorOptions>(configuration.GetSection(AlipaySimulatorOptions.Section));
        services.AddSingleton<AlipayKeys>();
        services.AddSimulatorState<AlipayLedger>();
        services.AddSimulatorState<AlipayNotifyTargets>();
        services.AddSimulatorState<AlipayBills>();
        services.AddSimulatorState<AlipayStatementDrift>();
        services.AddSingleton<AlipayNotifier>();
        services.AddSingleton<AlipaySettlement>();
        services.AddSingleton<AlipayGateway>();
        return services;
    }
}
