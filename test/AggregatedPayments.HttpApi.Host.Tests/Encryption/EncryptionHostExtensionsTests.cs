using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Encryption;

public sealed class EncryptionHostExtensionsTests
{
    [Theory]
    [InlineData(EncryptionKeyValidator.DevelopmentKey)]
    [InlineData(EncryptionKeyValidator.TestKey)]
    [InlineData(null)]
    public void Should_refuse_to_start_in_Production_with_a_missing_or_public_key(string? key)
    {
        var builder = Builder(Environments.Production, key);

        var exception = Should.Throw<InvalidOperationException>(() => builder.ValidateEncryptionKeys());

        exception.Message.ShouldContain(EncryptionOptions.KeyEncryptionKeyPath);
    }

    [Fact]
    public void Should_start_in_Development_with_the_development_key()
    {
        var builder = Builder(Environments.Development, EncryptionKeyValidator.DevelopmentKey);

        Should.NotThrow(() => builder.ValidateEncryptionKeys());
    }

    [Fact]
    public void Should_refuse_to_start_in_Development_without_a_key()
    {
        var builder = Builder(Environments.Development, key: null);

        Should.Throw<InvalidOperationException>(() => builder.ValidateEncryptionKeys());
    }

    [Fact]
    public void Should_start_in_Production_with_a_secret_key_and_the_old_public_one_as_previous()
    {
        var builder = Builder(Environments.Production, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.Configuration[EncryptionOptions.PreviousKeyEncryptionKeysPath + ":0"] = EncryptionKeyValidator.DevelopmentKey;

        Should.NotThrow(() => builder.ValidateEncryptionKeys());
    }

    private static HostApplicationBuilder Builder(string environment, string? key)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [EncryptionOptions.KeyEncryptionKeyPath] = key });
        return builder;
    }
}
