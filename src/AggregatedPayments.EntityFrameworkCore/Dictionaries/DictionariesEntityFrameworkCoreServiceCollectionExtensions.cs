using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Dictionaries;

public static class DictionariesEntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>The cache is registered here too: every DbContext runs the invalidator, also where the domain services are not added.</summary>
    public static IServiceCollection AddDictionariesEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.TryAddSingleton<DictionaryCache>();
        services.AddSingleton<IInterceptor, DictionaryCacheInvalidator>();
        return services;
    }
}
