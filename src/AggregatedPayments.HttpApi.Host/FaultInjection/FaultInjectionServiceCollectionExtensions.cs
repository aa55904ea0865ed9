using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.FaultInjection;

public static class FaultInjectionServiceCollectionExtensions
{
    /// <summary>The environment variable a crash test sets: a fault point name, optionally "#n".</summary>
    public const string Variable = "AP_FAULT_AT";

    /// <summary>
    /// Honours <see cref="Variable"/> in the Testing environment only; anywhere else a set variable
    /// stops the start, because a host that kills itself on purpose must never run by accident.
    /// </summary>
    public static IServiceCollection AddFaultInjection(this IServiceCollection services, IHostEnvironment environment)
    {
        var setting = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(setting))
        {
            return services;
        }

        if (!environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException($"{Variable} is set, but fault injection runs only in the Testing environment (this is {environment.EnvironmentName}).");
        }

        services.RemoveAll<IFaultPoints>();
        services.AddSingleton<IFaultPoints>(new ProcessKillingFaultPoints(setting));
        return services;
    }
}
