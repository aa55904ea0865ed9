using System.Security.Cryptography;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public class AlipayKeysTests
{
    private const string Rsa2Case = "RSA2 (SHA256withRSA), sign_type kept in content (rsaCheckV2)";

    [Theory]
    [InlineData("pkcs8-base64")]
    [InlineData("pkcs8-pem")]
    [InlineData("pkcs1-base64")]
    [InlineData("pkcs1-pem")]
    public void Should_give_the_vector_signature_from_every_private_key_encoding(string encoding)
    {
        var vector = AlipayTestVectors.Instance.Case(Rsa2Case);
        using var key = AlipayKeys.LoadPrivateKey(PrivateKeyText(encoding));

        new AlipayRsa2Signer(key).Sign(vector.SignContent).ShouldBe(vector.Sign);
    }

    [Theory]
    [InlineData("certificate-pem")]
    [InlineData("certificate-base64")]
    [InlineData("spki-pem")]
    [InlineData("spki-base64")]
    [InlineData("pkcs1-public-pem")]
    public void Should_verify_the_vector_with_every_public_key_encoding(string encoding)
    {
        var vector = AlipayTestVectors.Instance.Case(Rsa2Case);
        using var key = AlipayKeys.LoadPublicKey(PublicKeyText(encoding));

        new AlipayRsa2Verifier(key).Verify(vector.SignContent, vector.Sign).ShouldBeTrue();
    }

    [Fact]
    public void Should_accept_base64_broken_over_lines()
    {
        var wrapped = string.Join("\n", AlipayTestVectors.Instance.PrivateKeyPkcs8Base64.Chunk(64).Select(c => new string(c)));
        var vector = AlipayTestVectors.Instance.Case(Rsa2Case);
        using var key = AlipayKeys.LoadPrivateKey(wrapped);

        new AlipayRsa2Signer(key).Sign(vector.SignContent).ShouldBe(vector.Sign);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a key at all")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----")]
    [InlineData("QUJD")]
    public void Should_refuse_text_that_is_no_private_key(string text)
    {
        Should.Throw<AlipayKeyFormatException>(() => AlipayKeys.LoadPrivateKey(text));
    }

    [Fact]
    public void Should_refuse_an_encrypted_private_key_with_a_clear_message()
    {
        using var key = AlipayTestKeys.PrivateKey();
        var encrypted = key.ExportEncryptedPkcs8PrivateKeyPem(
            "secret", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000));

        Should.Throw<AlipayKeyFormatException>(() => AlipayKeys.LoadPrivateKey(encrypted))
            .Message.ShouldContain("encrypted");
    }

    [Fact]
    public void Should_refuse_a_public_key_where_a_private_key_is_expected_and_the_reverse()
    {
        Should.Throw<AlipayKeyFormatException>(() => AlipayKeys.LoadPrivateKey(PublicKeyText("spki-pem")));
        Should.Throw<AlipayKeyFormatException>(() => AlipayKeys.LoadPublicKey(PrivateKeyText("pkcs8-pem")));
    }

    [Fact]
    public void Should_refuse_text_with_more_than_one_PEM_block()
    {
        var two = PublicKeyText("spki-pem") + "\n" + AlipayTestVectors.Instance.CertificatePem;

        Should.Throw<AlipayKeyFormatException>(() => AlipayKeys.LoadPublicKey(two))
            .Message.ShouldContain("more than one");
    }

    [Fact]
    public void Should_refuse_a_key_shorter_than_2048_bits()
    {
        using var weak = RSA.Create(1024);

        Should.Throw<AlipayKeyFormatException>(() => AlipayKeys.LoadPrivateKey(weak.ExportPkcs8PrivateKeyPem()))
            .Message.ShouldContain("2048");
        Should.Throw<AlipayKeyFormatException>(() => AlipayKeys.LoadPublicKey(weak.ExportSubjectPublicKeyInfoPem()));
    }

    [Fact]
    public void Should_refuse_trailing_data_after_the_key()
    {
        var der = Convert.FromBase64String(AlipayTestVectors.Instance.PrivateKeyPkcs8Base64);
        var padded = Convert.ToBase64String([.. der, 0x00]);

        Should.Throw<AlipayKeyFormatException>(() => AlipayKeys.LoadPrivateKey(padded));
    }

    [Fact]
    public void Should_never_echo_key_material_in_an_error()
    {
        // A valid private key offered as a public key: the message must not carry any of it.
        var privateText = PrivateKeyText("pkcs1-base64");
        var corrupted = privateText[..^8] + "!!!!!!!!";

        var errors = new[]
        {
            Should.Throw<AlipayKeyFormatException>(() => AlipayKeys.LoadPublicKey(privateText)),
            Should.Throw<AlipayKeyFormatException>(() => AlipayKeys.LoadPrivateKey(corrupted)),
        };

        foreach (var error in errors)
        {
            error.Message.ShouldNotContain(privateText[..16]);
            error.Message.ShouldNotContain(privateText.Substring(100, 16));
        }
    }

    private static string PrivateKeyText(string encoding)
    {
        using var key = AlipayTestKeys.PrivateKey();
        return encoding switch
        {
            "pkcs8-base64" => AlipayTestVectors.Instance.PrivateKeyPkcs8Base64,
            "pkcs8-pem" => key.ExportPkcs8PrivateKeyPem(),
            "pkcs1-base64" => Convert.ToBase64String(key.ExportRSAPrivateKey()),
            "pkcs1-pem" => key.ExportRSAPrivateKeyPem(),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
    }

    private static string PublicKeyText(string encoding)
    {
        using var key = AlipayTestKeys.PublicKey();
        var certificatePem = AlipayTestVectors.Instance.CertificatePem;
        return encoding switch
        {
            "certificate-pem" => certificatePem,
            "certificate-base64" => string.Concat(certificatePem.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("-----", StringComparison.Ordinal))),
            "spki-pem" => key.ExportSubjectPublicKeyInfoPem(),
            "spki-base64" => Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
            "pkcs1-public-pem" => key.ExportRSAPublicKeyPem(),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
    }
}
