using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Interception;

public static class InterceptionDomainServiceCollectionExtensions
{
    /// <summary>The rule snapshot and the rate counters are per instance, so one of each per process; calling twice adds nothing.</summary>
    public static IServiceCollection AddInterceptionDomain(this IServiceCollection services)
    {
        services.TryAddSingleton<InterceptionRuleCache>();
        services.TryAddSingleton<RateLimitCounter>();
        services.TryAddSingleton<InterceptionEvaluator>();
        return services;
    }
}
