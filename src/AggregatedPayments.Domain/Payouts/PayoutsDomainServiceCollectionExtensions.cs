using AggregatedPayments.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Payouts;

public static class PayoutsDomainServiceCollectionExtensions
{
    /// <summary>The payout core's domain services with the ledger they post to; the stores come from the EF Core layer.</summary>
    public static IServiceCollection AddPayoutsDomain(this IServiceCollection services)
    {
        services.AddLedgerDomain();
        services.TryAddScoped<PayeeAccountFactory>();
        services.TryAddScoped<PayoutOrderManager>();
        services.TryAddScoped<PayoutTransitionManager>();
        services.TryAddScoped<PayoutCorrectionManager>();
        services.AddPayoutSubmissionDomain();
        return services;
    }
}
