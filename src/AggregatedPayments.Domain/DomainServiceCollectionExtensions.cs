using AggregatedPayments.AuditLogging;
using AggregatedPayments.Data;
using AggregatedPayments.Interception;
using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.ChannelCallbacks;
using AggregatedPayments.Channels;
using AggregatedPayments.Dictionaries;
using AggregatedPayments.Encryption;
using AggregatedPayments.FaultInjection;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Notifications;
using AggregatedPayments.OutboundCalls;
using AggregatedPayments.Payouts;
using AggregatedPayments.Payroll;
using AggregatedPayments.Permissions;
using AggregatedPayments.Routing;
using AggregatedPayments.Settings;
using AggregatedPayments.Users;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

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
        services.TryAddSingleton<IFaultPoints, NoFaultPoints>();
        services.AddSingleton<PermissionCache>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<MerchantManager>();
        services.AddScoped<Merchants.Policies.IMerchantPayoutPolicyReader, Merchants.Policies.MerchantPayoutPolicyReader>();
        services.AddMerchantsDomain();
        services.AddInterceptionDomain();
        services.AddAuditLoggingDomain();
        services.AddDictionariesDomain();
        services.AddBackgroundJobsDomain();
        services.AddChannelsDomain();
        services.AddChannelCallbacksDomain();
        services.AddRoutingDomain();
        services.AddEncryptionDomain();
        services.AddSettingsDomain();
        services.AddOutboundCallsDomain();
        services.AddPayoutsDomain();
        services.AddPayoutApprovalsDomain();
        services.AddPayrollDomain();
        services.AddNotificationsDomain();
        services.AddPayrollSelectionDomain();
        return services;
    }
}
