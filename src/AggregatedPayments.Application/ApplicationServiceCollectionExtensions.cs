using AggregatedPayments.AuditLogging;
using AggregatedPayments.Interception;
using AggregatedPayments.Account;
using AggregatedPayments.ApplicationConfiguration;
using AggregatedPayments.ChannelCallbacks;
using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Demo;
using AggregatedPayments.Dictionaries;
using AggregatedPayments.Identity;
using AggregatedPayments.Ledger;
using AggregatedPayments.Menus;
using AggregatedPayments.Merchants;
using AggregatedPayments.Notifications;
using AggregatedPayments.Payouts;
using AggregatedPayments.Payroll;
using AggregatedPayments.Payroll.DataSources;
using AggregatedPayments.Permissions;
using AggregatedPayments.Settings;
using AggregatedPayments.Withdrawals;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The application services (use cases), wired explicitly; each feature adds its line here.</summary>
    public static IServiceCollection AddAggregatedPaymentsApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddInterceptionApplication();
        services.AddAuditLoggingApplication();
        services.AddDefinitionManagers();
        services.AddIdentityServices(configuration);
        services.AddScoped<PermissionGrantManager>();
        services.AddScoped<IPermissionAppService, PermissionAppService>();
        services.AddScoped<IMerchantAppService, MerchantAppService>();
        services.AddMerchantsApplication();
        services.AddScoped<MenuComposer>();
        services.AddScoped<IMenuAppService, MenuAppService>();
        services.AddScoped<IApplicationConfigurationAppService, ApplicationConfigurationAppService>();
        services.AddDictionariesApplication();
        services.AddSettingsApplication();
        services.AddChannelsApplication();
        services.AddChannelCallbacksApplication();
        services.AddPayoutsApplication();
        services.AddPayoutApprovalsApplication();
        services.AddWithdrawalsApplication();
        services.AddPayrollApplication();
        services.AddPayrollUploadsApplication(configuration);
        services.AddPayrollDataSourcesApplication();
        services.AddPayrollSelectionApplication();
        services.AddLedgerApplication();
        services.AddNotificationsApplication();
        services.AddDemoApplication();
        return services;
    }

    /// <summary>Definition providers are the one thing found by scanning: the contracts and application assemblies.</summary>
    private static void AddDefinitionManagers(this IServiceCollection services)
    {
        var assemblies = new[] { typeof(IAccountAppService).Assembly, typeof(ApplicationServiceCollectionExtensions).Assembly };
        var providerTypes = assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        foreach (var type in providerTypes)
        {
            if (typeof(IPermissionDefinitionProvider).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(IPermissionDefinitionProvider), type);
            }

            if (typeof(ISettingDefinitionProvider).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(ISettingDefinitionProvider), type);
            }

            if (typeof(IMenuDefinitionProvider).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(IMenuDefinitionProvider), type);
            }
        }

        services.AddSingleton<PermissionDefinitionManager>();
        services.AddSingleton<SettingDefinitionManager>();
        services.AddSingleton<MenuDefinitionManager>();
    }

    private static void AddIdentityServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.SectionName));
        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = false;

                // Password policy and lockout come from settings (SettingsPasswordValidator, LockoutPolicy):
                // Identity's own options are fixed at start-up, so they are switched off here.
                options.Password = new PasswordOptions
                {
                    RequiredLength = 1,
                    RequiredUniqueChars = 1,
                    RequireDigit = false,
                    RequireLowercase = false,
                    RequireUppercase = false,
                    RequireNonAlphanumeric = false
                };
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = int.MaxValue;
            })
            .AddRoles<AppRole>()
            .AddPasswordValidator<SettingsPasswordValidator>();
        services.AddScoped<AccessTokenIssuer>();
        services.AddScoped<LockoutPolicy>();
        services.AddScoped<RefreshTokenService>();
        services.AddScoped<UserSessionValidator>();
        services.AddScoped<IAccountAppService, AccountAppService>();
        services.AddScoped<IUserAppService, UserAppService>();
        services.AddScoped<IRoleAppService, RoleAppService>();
        services.AddScoped<AdminAccountProvisioner>();
        services.AddScoped<IDataSeedContributor, IdentitySeedContributor>();
    }
}
