using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Channels;

public static class ChannelsDomainServiceCollectionExtensions
{
    /// <summary>The registry and rules; each adapter is registered by its own project as an <see cref="IPayoutChannelAdapter"/>.</summary>
    public static IServiceCollection AddChannelsDomain(this IServiceCollection services)
    {
        services.TryAddSingleton<ChannelAdapterRegistry>();
        services.TryAddScoped<ChannelParameterProtector>();
        services.TryAddScoped<ChannelManager>();
        services.TryAddScoped<MerchantChannelManager>();
        services.TryAddScoped<ChannelAnswerClassifier>();
        services.TryAddScoped<ChannelContextFactory>();
        services.TryAddScoped<ChannelConnectionTester>();
        services.TryAddScoped<ChannelInFlightCheck>();
        services.TryAddScoped<MerchantChannelLedgerAccounts>();
        return services;
    }
}
