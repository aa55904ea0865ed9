using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

public static class GenericServiceCollectionExtensions
{
    public static IServiceCollection AddGenericProvider(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GenericSimulatorOptions>(configuration.GetSection(GenericSimulatorOptions.Section));
        services.AddSimulatorState<GenericLedger>();
        services.AddSimulatorState<GenericStatementDrift>();
        services.AddSingleton<GenericNotifier>();
        services.AddSingleton<GenericPayouts>();
        services.AddSingleton<GenericStatements>();
        services.AddSingleton<GenericProvider>();
        return services;
    }
}
