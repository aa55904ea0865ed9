using System.Security.Cryptography;
using System.Text;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Encryption;

public sealed class EncryptionKeyValidatorTests
{
    private static readonly string RandomKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static TheoryData<string> PublicKeys => new(EncryptionKeyValidator.KnownNonSecretKeys);

    [Theory]
    [MemberData(nameof(PublicKeys))]
    public void Should_refuse_every_key_written_in_the_repository_in_Production(string key)
    {
        EncryptionKeyValidator.Validate(key, isProduction: true).ShouldNotBeEmpty();
        Should.Throw<InvalidOperationException>(() => EncryptionKeyValidator.EnsureValid(key, [], isProduction: true))
            .Message.ShouldNotContain(key);
    }

    [Fact]
    public void Should_know_the_development_default_and_the_test_keys_as_public()
    {
        EncryptionKeyValidator.KnownNonSecretKeys.ShouldContain(EncryptionKeyValidator.DevelopmentKey);
        EncryptionKeyValidator.KnownNonSecretKeys.ShouldContain(EncryptionKeyValidator.TestKey);
        EncryptionKeyValidator.KnownNonSecretKeys.ShouldContain(EncryptionKeyValidator.SecondTestKey);
    }

    [Fact]
    public void Should_refuse_the_development_key_even_written_differently()
    {
        var padded = "  " + EncryptionKeyValidator.DevelopmentKey + "\n";

        EncryptionKeyValidator.Validate(padded, isProduction: true).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("//////////////////////////////////////////8=")]
    public void Should_refuse_keys_that_repeat_bytes_in_Production(string key)
    {
        EncryptionKeyValidator.Validate(key, isProduction: true).ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_refuse_a_password_dressed_as_a_key_in_Production()
    {
        var key = Convert.ToBase64String(Encoding.ASCII.GetBytes("MyCompany-Payments-Secret!2026#x"));

        EncryptionKeyValidator.Validate(key, isProduction: true).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==")]
    [InlineData("not base64 at all")]
    public void Should_refuse_a_missing_or_malformed_key_in_every_environment(string? key)
    {
        EncryptionKeyValidator.Validate(key, isProduction: true).ShouldNotBeEmpty();
        EncryptionKeyValidator.Validate(key, isProduction: false).ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_accept_the_development_key_outside_Production()
    {
        EncryptionKeyValidator.Validate(EncryptionKeyValidator.DevelopmentKey, isProduction: false).ShouldBeEmpty();
    }

    [Fact]
    public void Should_accept_a_random_key_in_Production()
    {
        EncryptionKeyValidator.Validate(RandomKey, isProduction: true).ShouldBeEmpty();
        Should.NotThrow(() => EncryptionKeyValidator.EnsureValid(RandomKey, [EncryptionKeyValidator.DevelopmentKey], isProduction: true));
    }

    [Fact]
    public void Should_refuse_a_malformed_previous_key()
    {
        Should.Throw<InvalidOperationException>(() => EncryptionKeyValidator.EnsureValid(RandomKey, ["short"], isProduction: true))
            .Message.ShouldContain(EncryptionOptions.PreviousKeyEncryptionKeysPath);
    }
}
