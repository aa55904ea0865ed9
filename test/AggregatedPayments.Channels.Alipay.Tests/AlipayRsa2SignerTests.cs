using System.Security.Cryptography;
using System.Text;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public class AlipayRsa2SignerTests
{
    private const string NonAsciiCase = "RSA2 with non-ASCII value, UTF-8 bytes";
    private const string LegacySha1Case = "RSA (SHA1withRSA, legacy), sign_type kept in content";

    [Theory]
    [MemberData(nameof(AlipayTestVectors.Rsa2CaseNames), MemberType = typeof(AlipayTestVectors))]
    public void Should_reproduce_each_RSA2_vector_signature_byte_for_byte(string caseName)
    {
        var vector = AlipayTestVectors.Instance.Case(caseName);
        using var key = AlipayTestKeys.PrivateKey();

        var signature = new AlipayRsa2Signer(key).Sign(AlipaySignContent.ForRequest(vector.NullableParameters));

        signature.ShouldBe(vector.Sign);
    }

    [Theory]
    [MemberData(nameof(AlipayTestVectors.Rsa2CaseNames), MemberType = typeof(AlipayTestVectors))]
    public void Should_verify_each_RSA2_vector_signature_with_the_certificate_public_key(string caseName)
    {
        var vector = AlipayTestVectors.Instance.Case(caseName);

        AlipayTestKeys.Verifier().Verify(vector.SignContent, vector.Sign).ShouldBeTrue();
    }

    [Fact]
    public void Should_sign_non_ASCII_values_over_their_UTF_8_bytes()
    {
        var vector = AlipayTestVectors.Instance.Case(NonAsciiCase);
        vector.SignContent.ShouldContain("中文测试");

        AlipayTestKeys.Sign(vector.SignContent).ShouldBe(vector.Sign);
        AlipayTestKeys.Verifier().Verify(vector.SignContent, vector.Sign).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(AlipayTestVectors.Rsa2CaseNames), MemberType = typeof(AlipayTestVectors))]
    public void Should_reject_the_signature_when_one_byte_of_the_content_changes(string caseName)
    {
        var vector = AlipayTestVectors.Instance.Case(caseName);
        var content = Encoding.UTF8.GetBytes(vector.SignContent);
        content[content.Length / 2] ^= 0x01;

        AlipayTestKeys.Verifier().Verify(content, vector.Sign).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(AlipayTestVectors.Rsa2CaseNames), MemberType = typeof(AlipayTestVectors))]
    public void Should_reject_the_signature_when_one_byte_of_it_changes(string caseName)
    {
        var vector = AlipayTestVectors.Instance.Case(caseName);
        var signature = Convert.FromBase64String(vector.Sign);
        signature[signature.Length / 2] ^= 0x01;

        AlipayTestKeys.Verifier().Verify(vector.SignContent, Convert.ToBase64String(signature)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 !")]
    [InlineData("AAAA")]
    public void Should_answer_false_for_a_malformed_signature(string signature)
    {
        var vector = AlipayTestVectors.Instance.Cases[0];

        AlipayTestKeys.Verifier().Verify(vector.SignContent, signature).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_the_legacy_SHA1_vector_signature()
    {
        var vector = AlipayTestVectors.Instance.Case(LegacySha1Case);

        // The vector itself is a genuine SHA1withRSA signature by this key ...
        using var publicKey = AlipayTestKeys.PublicKey();
        publicKey.VerifyData(
                Encoding.UTF8.GetBytes(vector.SignContent),
                Convert.FromBase64String(vector.Sign),
                HashAlgorithmName.SHA1,
                RSASignaturePadding.Pkcs1)
            .ShouldBeTrue();

        // ... and the RSA2 verifier still does not accept it: SHA-1 is not supported at all.
        AlipayTestKeys.Verifier().Verify(vector.SignContent, vector.Sign).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_a_key_shorter_than_2048_bits()
    {
        using var weak = RSA.Create(1024);

        Should.Throw<ArgumentException>(() => new AlipayRsa2Signer(weak));
        Should.Throw<ArgumentException>(() => new AlipayRsa2Verifier(weak));
    }
}
