using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;
using AggregatedPayments.Settings;
using AggregatedPayments.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments;

public static class DomainServiceCollectionExtensions
{
    /// <summary>The domain's building blocks, wired explicitly; each feature adds its line here.</summary>
    public static IServiceCollection AddAggregatedPaymentsDomain(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddSingleton<IDataFilter, DataFilter>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<DataSeeder>();
        services.AddSingleton<PermissionCache>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<MerchantManager>();
        services.AddEncryptionDomain();
        services.AddSettingsDomain();
        return services;
    }
}
