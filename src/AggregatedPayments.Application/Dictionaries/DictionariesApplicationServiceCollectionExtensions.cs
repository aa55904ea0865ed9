using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Dictionaries;

public static class DictionariesApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddDictionariesApplication(this IServiceCollection services)
    {
        services.AddScoped<IDictionaryAppService, DictionaryAppService>();
        services.AddScoped<IErrorDictionaryAppService, ErrorDictionaryAppService>();
        return services;
    }
}
