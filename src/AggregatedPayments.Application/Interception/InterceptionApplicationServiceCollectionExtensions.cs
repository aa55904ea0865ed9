using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Interception;

public static class InterceptionApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddInterceptionApplication(this IServiceCollection services)
    {
        services.TryAddScoped<IInterceptionRuleAppService, InterceptionRuleAppService>();
        return services;
    }
}
