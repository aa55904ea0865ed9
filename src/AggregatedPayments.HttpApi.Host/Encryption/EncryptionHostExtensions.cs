using Microsoft.Extensions.Hosting;

namespace AggregatedPayments.Encryption;

public static class EncryptionHostExtensions
{
    /// <summary>
    /// Refuses to start without a well-formed key-encryption key, and in Production with a public one (the
    /// development default, a test or sample key) or one that is not random. Call right after the builder
    /// is created, before anything is encrypted; the message names the problem, never the key.
    /// </summary>
    public static IHostApplicationBuilder ValidateEncryptionKeys(this IHostApplicationBuilder builder)
    {
        var previous = builder.Configuration.GetSection(EncryptionOptions.PreviousKeyEncryptionKeysPath).GetChildren().Select(c => c.Value);
        EncryptionKeyValidator.EnsureValid(
            builder.Configuration[EncryptionOptions.KeyEncryptionKeyPath],
            previous,
            builder.Environment.IsProduction());
        return builder;
    }
}
