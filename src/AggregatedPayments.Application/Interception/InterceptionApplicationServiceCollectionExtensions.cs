using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Interception;

public static class InterceptionApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddInterceptionApplication(this IServiceCollection services) =>
        services.AddScoped<IInterceptionRuleAppService, InterceptionRuleAppService>();
}
