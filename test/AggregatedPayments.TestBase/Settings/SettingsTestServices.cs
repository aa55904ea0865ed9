using AggregatedPayments.Encryption;
using AggregatedPayments.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Settings;

/// <summary>Settings on a test container: the foundation and test definitions, a test user, the test key-encryption key.</summary>
public static class SettingsTestServices
{
    public static IServiceCollection AddSettingsForTests(this IServiceCollection services)
    {
        services.AddEncryptionForTests();
        services.AddSettingsDomain();
        services.AddSingleton<ISettingDefinitionProvider, FoundationSettingDefinitionProvider>();
        services.AddSingleton<ISettingDefinitionProvider, TestSettingDefinitionProvider>();
        services.AddSingleton<TestPrincipalAccessor>();
        services.AddSingleton<ICurrentPrincipalAccessor>(sp => sp.GetRequiredService<TestPrincipalAccessor>());
        services.AddScoped<ICurrentUser, CurrentUser>();

        var original = (IConfiguration)services.Last(d => d.ServiceType == typeof(IConfiguration)).ImplementationInstance!;
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddConfiguration(original)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [SettingProvider.ConfigurationSection + ":" + TestSettingDefinitionProvider.Configured] = TestSettingDefinitionProvider.ConfiguredValue
            })
            .Build());
        return services;
    }
}
