namespace AggregatedPayments.ChannelSimulator.Admin;

public static class SimulatorStateServiceCollectionExtensions
{
    /// <summary>Registers a state singleton so that it can be injected by its type and is cleared by <c>/_sim/reset</c>.</summary>
    public static IServiceCollection AddSimulatorState<TState>(this IServiceCollection services)
        where TState : class, ISimulatorState
    {
        services.AddSingleton<TState>();
        services.AddSingleton<ISimulatorState>(provider => provider.GetRequiredService<TState>());
        return services;
    }
}
