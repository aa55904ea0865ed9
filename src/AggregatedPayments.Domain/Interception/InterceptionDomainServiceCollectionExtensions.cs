using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Interception;

public static class InterceptionDomainServiceCollectionExtensions
{
    /// <summary>The rule snapshot and the rate counters are per instance, so one of each per process.</summary>
    public static IServiceCollection AddInterceptionDomain(this IServiceCollection services)
    {
        services.AddSingleton<InterceptionRuleCache>();
        services.AddSingleton<RateLimitCounter>();
        services.AddSingleton<InterceptionEvaluator>();
        return services;
    }
}
