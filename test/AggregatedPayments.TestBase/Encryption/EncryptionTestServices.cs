using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Encryption;

public static class EncryptionTestServices
{
    /// <summary>Envelope encryption with a test key-encryption key (and, to test a key change, the keys it replaced).</summary>
    public static IServiceCollection AddEncryptionForTests(
        this IServiceCollection services,
        string keyEncryptionKey = EncryptionKeyValidator.TestKey,
        params string[] previousKeyEncryptionKeys)
    {
        services.AddEncryptionDomain();
        services.Configure<EncryptionOptions>(options =>
        {
            options.KeyEncryptionKey = keyEncryptionKey;
            options.PreviousKeyEncryptionKeys = previousKeyEncryptionKeys.ToList();
        });
        return services;
    }
}
