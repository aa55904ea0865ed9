using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payouts;

public static class PayoutApprovalsEntityFrameworkCoreServiceCollectionExtensions
{
    public static IServiceCollection AddPayoutApprovalsEntityFrameworkCore(this IServiceCollection services) =>
        services.AddScoped<IPayoutApprovalStore, EfPayoutApprovalStore>();
}
