using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Payouts;

public static class PayoutBatchesDomainServiceCollectionExtensions
{
    /// <summary>Provider batches for the channels configured in <see cref="PayoutSubmissionOptions.BatchChannels"/>.</summary>
    public static IServiceCollection AddPayoutBatchesDomain(this IServiceCollection services)
    {
        services.TryAddSingleton<PayoutBatchSteps>();
        services.TryAddScoped<PayoutBatchManager>();
        services.TryAddScoped<PayoutBatchSender>();
        services.TryAddScoped<PayoutBatchQuery>();
        return services;
    }
}
