using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Payouts;

public static class PayoutApprovalsDomainServiceCollectionExtensions
{
    /// <summary>The approval gate and manager; their store comes from the EF Core layer.</summary>
    public static IServiceCollection AddPayoutApprovalsDomain(this IServiceCollection services)
    {
        services.TryAddScoped<PayoutApprovalGate>();
        services.TryAddScoped<PayoutApprovalManager>();
        return services;
    }
}
