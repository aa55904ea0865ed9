using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Encryption;

public sealed class KeyEncryptionKeyTests
{
    private readonly KeyEncryptionKey _kek = KeyEncryptionKey.Parse(EncryptionKeyValidator.TestKey);

    [Fact]
    public void Should_unwrap_a_data_key_it_wrapped()
    {
        var dataKey = KeyEncryptionKey.NewDataKey();

        var wrapped = _kek.Wrap(7, dataKey);

        wrapped.Length.ShouldBe(DataKey.MaxWrappedKeyLength);
        _kek.Unwrap(7, wrapped).ShouldBe(dataKey);
    }

    [Fact]
    public void Should_refuse_wrapped_bytes_moved_to_another_key_id()
    {
        var wrapped = _kek.Wrap(7, KeyEncryptionKey.NewDataKey());

        Should.Throw<BusinessException>(() => _kek.Unwrap(8, wrapped)).Code.ShouldBe(ErrorCodes.DecryptionFailed);
    }

    [Fact]
    public void Should_refuse_to_unwrap_under_another_key_encryption_key()
    {
        var wrapped = _kek.Wrap(1, KeyEncryptionKey.NewDataKey());
        var other = KeyEncryptionKey.Parse(EncryptionKeyValidator.SecondTestKey);

        Should.Throw<BusinessException>(() => other.Unwrap(1, wrapped)).Code.ShouldBe(ErrorCodes.DecryptionFailed);
    }

    [Fact]
    public void Should_name_each_key_by_a_stable_fingerprint_that_is_not_the_key()
    {
        var again = KeyEncryptionKey.Parse(EncryptionKeyValidator.TestKey);
        var other = KeyEncryptionKey.Parse(EncryptionKeyValidator.SecondTestKey);

        _kek.Id.Length.ShouldBe(DataKey.WrappingKeyIdLength);
        _kek.Id.ShouldBe(again.Id);
        _kek.Id.ShouldNotBe(other.Id);
        EncryptionKeyValidator.TestKey.ShouldNotContain(_kek.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==")]
    public void Should_refuse_anything_but_32_bytes_of_base64(string? text)
    {
        Should.Throw<BusinessException>(() => KeyEncryptionKey.Parse(text)).Code.ShouldBe(ErrorCodes.EncryptionKeyInvalid);
    }
}
