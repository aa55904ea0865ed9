using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payouts;

public static class PayoutApprovalsApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddPayoutApprovalsApplication(this IServiceCollection services) =>
        services.AddScoped<IPayoutApprovalAppService, PayoutApprovalAppService>();
}
