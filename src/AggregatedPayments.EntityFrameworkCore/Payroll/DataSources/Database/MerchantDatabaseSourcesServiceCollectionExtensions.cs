using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Payroll.DataSources;

public static class MerchantDatabaseSourcesServiceCollectionExtensions
{
    /// <summary>
    /// The merchant database kind of data source: <see cref="IMerchantDatabaseReader"/> and its connector. Needs the
    /// outbound-call guard (AddOutboundCallsDomain, part of the Domain layer's registration).
    /// </summary>
    public static IServiceCollection AddMerchantDatabaseSources(this IServiceCollection services)
    {
        services.TryAddSingleton(new MerchantDatabaseReaderOptions());
        services.TryAddSingleton<MerchantDatabaseConnector>();
        services.TryAddSingleton<IMerchantDatabaseReader, MerchantDatabaseReader>();
        return services;
    }
}
