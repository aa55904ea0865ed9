using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.Clock;

public static class ClockServiceCollectionExtensions
{
    /// <summary>Registers the simulator clock as the <see cref="TimeProvider"/> every simulated provider reads.</summary>
    public static IServiceCollection AddSimulatorClock(this IServiceCollection services)
    {
        services.AddSimulatorState<SimulatorClock>();
        services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<SimulatorClock>());
        return services;
    }
}
