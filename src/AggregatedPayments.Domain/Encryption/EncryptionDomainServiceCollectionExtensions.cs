using AggregatedPayments.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Encryption;

public static class EncryptionDomainServiceCollectionExtensions
{
    /// <summary>
    /// Envelope encryption and blind indexes; the key-encryption key is read from <c>Encryption:KeyEncryptionKey</c>.
    /// Calling it twice registers nothing twice.
    /// </summary>
    public static IServiceCollection AddEncryptionDomain(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IDataKeyRing)))
        {
            return services;
        }

        services.AddOptions<EncryptionOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.KeyEncryptionKey = configuration[EncryptionOptions.KeyEncryptionKeyPath];
            options.PreviousKeyEncryptionKeys = configuration.GetSection(EncryptionOptions.PreviousKeyEncryptionKeysPath)
                .GetChildren().Select(c => c.Value).OfType<string>().ToList();
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<KeyEncryptionKeys>();
        services.AddSingleton<IDataKeyRing, DataKeyRing>();
        services.AddSingleton<IEncryptionService, EncryptionService>();
        services.AddSingleton<IBlindIndexer, BlindIndexer>();
        services.AddScoped<IDataSeedContributor, DataKeySeedContributor>();
        return services;
    }
}
