using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Withdrawals;

public static class WithdrawalsDomainServiceCollectionExtensions
{
    /// <summary>The card's maker-checker and the withdrawal's creation; sending is the payout engine's.</summary>
    public static IServiceCollection AddWithdrawalsDomain(this IServiceCollection services)
    {
        services.TryAddScoped<WithdrawalCardManager>();
        services.TryAddScoped<WithdrawalOrderManager>();
        return services;
    }
}
