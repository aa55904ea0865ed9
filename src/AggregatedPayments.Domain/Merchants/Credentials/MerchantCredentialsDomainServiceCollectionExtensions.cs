using AggregatedPayments.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Merchants.Credentials;

public static class MerchantCredentialsDomainServiceCollectionExtensions
{
    public static IServiceCollection AddMerchantCredentialsDomain(this IServiceCollection services)
    {
        services.AddScoped<MerchantApiCredentialManager>();
        services.AddScoped<IMerchantSigningCredentials, MerchantSigningCredentials>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISettingValueRuleProvider, MerchantApiCredentialSettingValueRuleProvider>());
        return services;
    }
}
