using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Encryption;

public sealed class EncryptionServiceTests
{
    private const string Purpose = "Payee.AccountNumber";

    private readonly InMemoryDataKeyRing _ring = new();
    private readonly EncryptionService _encryption;

    public EncryptionServiceTests() => _encryption = new EncryptionService(_ring);

    [Fact]
    public async Task Should_decrypt_what_it_encrypted()
    {
        var ciphertext = await _encryption.EncryptAsync("6222 0212 3456 7890 — 张三", Purpose);

        (await _encryption.DecryptAsync(ciphertext, Purpose)).ShouldBe("6222 0212 3456 7890 — 张三");
    }

    [Fact]
    public async Task Should_write_the_version_and_key_id_in_front_and_never_the_value()
    {
        var ciphertext = await _encryption.EncryptAsync("6222021234567890", Purpose);

        ciphertext.ShouldStartWith("v1:1:");
        ciphertext.ShouldNotContain("6222021234567890");
        ciphertext.Split(':').Length.ShouldBe(3);
    }

    [Fact]
    public async Task Should_give_a_different_ciphertext_each_time_for_the_same_value()
    {
        var first = await _encryption.EncryptAsync("secret", Purpose);
        var second = await _encryption.EncryptAsync("secret", Purpose);

        first.ShouldNotBe(second);
    }

    [Fact]
    public async Task Should_refuse_a_ciphertext_with_one_altered_byte()
    {
        var ciphertext = Ciphertext.Parse(await _encryption.EncryptAsync("secret", Purpose));
        var payload = ciphertext.Payload.ToArray();
        payload[EncryptionConsts.NonceSize] ^= 0x01;

        var exception = await Should.ThrowAsync<BusinessException>(() => _encryption.DecryptAsync((ciphertext with { Payload = payload }).ToString(), Purpose));

        exception.Code.ShouldBe(ErrorCodes.DecryptionFailed);
    }

    [Fact]
    public async Task Should_refuse_a_ciphertext_relabelled_with_another_key_id()
    {
        var ciphertext = Ciphertext.Parse(await _encryption.EncryptAsync("secret", Purpose));
        await _ring.RotateAsync();

        var exception = await Should.ThrowAsync<BusinessException>(() => _encryption.DecryptAsync((ciphertext with { KeyId = 2 }).ToString(), Purpose));

        exception.Code.ShouldBe(ErrorCodes.DecryptionFailed);
    }

    [Fact]
    public async Task Should_refuse_to_decrypt_under_another_purpose()
    {
        var ciphertext = await _encryption.EncryptAsync("secret", Purpose);

        var exception = await Should.ThrowAsync<BusinessException>(() => _encryption.DecryptAsync(ciphertext, "Channel.ApiSecret"));

        exception.Code.ShouldBe(ErrorCodes.DecryptionFailed);
    }

    [Theory]
    [InlineData("secret")]
    [InlineData("v2:1:AAAA")]
    [InlineData("v1:x:AAAA")]
    [InlineData("v1:1:not base64!")]
    public async Task Should_refuse_text_that_is_not_a_ciphertext(string text)
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => _encryption.DecryptAsync(text, Purpose));

        exception.Code.ShouldBe(ErrorCodes.DecryptionFailed);
    }

    [Fact]
    public async Task Should_keep_values_of_the_old_key_readable_after_a_rotation()
    {
        var before = await _encryption.EncryptAsync("before", Purpose);

        await _ring.RotateAsync();
        var after = await _encryption.EncryptAsync("after", Purpose);

        after.ShouldStartWith("v1:2:");
        (await _encryption.DecryptAsync(before, Purpose)).ShouldBe("before");
        (await _encryption.DecryptAsync(after, Purpose)).ShouldBe("after");
    }
}
