using AggregatedPayments.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Dictionaries;

public static class DictionariesDomainServiceCollectionExtensions
{
    public static IServiceCollection AddDictionariesDomain(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.TryAddSingleton<DictionaryCache>();
        services.AddScoped<DictionaryManager>();
        services.AddScoped<ErrorDictionaryManager>();
        services.AddScoped<IDictionaryLookup, DictionaryLookup>();
        services.AddScoped<IErrorDictionaryLookup, ErrorDictionaryLookup>();
        services.AddScoped<IDataSeedContributor, ServiceDictionaryDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, ErrorDictionaryDataSeedContributor>();
        return services;
    }
}
