using AggregatedPayments.Merchants.Credentials;
using AggregatedPayments.Merchants.Policies;
using AggregatedPayments.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Merchants;

public static class MerchantsDomainServiceCollectionExtensions
{
    /// <summary>API credentials, the signing secret for calls to merchants, and the payout policy's rules.</summary>
    public static IServiceCollection AddMerchantsDomain(this IServiceCollection services)
    {
        services.TryAddScoped<MerchantApiCredentialManager>();
        services.TryAddScoped<IMerchantSigningCredentials, MerchantSigningCredentials>();
        services.TryAddScoped<MerchantPayoutPolicyValidator>();
        services.TryAddScoped<MerchantRequestVerifier>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISettingValueRuleProvider, MerchantApiCredentialSettingValueRuleProvider>());
        return services;
    }
}
