using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Merchants;

public static class MerchantsApplicationServiceCollectionExtensions
{
    /// <summary>Onboarding pieces, parameters and API credentials, for the platform and for the merchant itself.</summary>
    public static IServiceCollection AddMerchantsApplication(this IServiceCollection services)
    {
        services.TryAddScoped<ApiClientRoleProvisioner>();
        services.TryAddScoped<MerchantApiCredentialOperations>();
        services.TryAddScoped<MerchantParametersWriter>();
        services.TryAddScoped<IMyMerchantAppService, MyMerchantAppService>();
        return services;
    }
}
