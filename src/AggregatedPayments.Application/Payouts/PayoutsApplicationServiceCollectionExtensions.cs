using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payouts;

public static class PayoutsApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddPayoutsApplication(this IServiceCollection services) =>
        services.AddScoped<IPayoutAppService, PayoutAppService>()
            .AddScoped<IIdempotentRequestStore, IdempotentRequestStore>();
}
